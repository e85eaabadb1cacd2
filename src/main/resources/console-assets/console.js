// Progressive enhancement only: every console page works without this script.
import { initAll } from './govuk/govuk-frontend.min.js'
import { initSmsLength } from './sms-length.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
initSmsLength()

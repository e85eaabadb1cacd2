// The length of a campaign's text message as it is typed, counted as the server counts it
// (uk.sosafe.assistant.campaign.SmsLength): the stop line and numbered options added, typographic
// characters made plain, GSM-7 characters (extension characters count twice) or UCS-2 units, and the
// texts that takes (160 or 70 for one, 153 or 67 each for more). Without this script the page shows the
// server's count after "Check the text message length" or saving.

const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà'
const GSM_EXTENSION = '^{}\\[~]|€\f'
// Java's String.strip(): whitespace by Character.isWhitespace, which leaves non-breaking spaces alone.
const EDGE_SPACE = /^[\t\n\u000B\f\r\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+|[\t\n\u000B\f\r\u001C-\u0020\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/g

function strip (text) {
  return text.replace(EDGE_SPACE, '')
}

function plain (text) {
  return text.replace(/[\u2018\u2019]/g, '\'').replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...').replace(/\u00A0/g, ' ').replace(/\u2022/g, '-')
}

function asSent (smsText, labels) {
  const withStop = smsText.includes('STOP') ? smsText : strip(smsText) + '\n\nText STOP to stop.'
  const paragraphs = withStop.split('\n\n').filter(paragraph => strip(paragraph) !== '')
    .map(paragraph => plain(strip(paragraph)))
  if (labels.length > 0) {
    paragraphs.push('Reply with a number:' + labels.map((label, i) => '\n' + (i + 1) + ' ' + plain(label)).join(''))
  }
  return paragraphs.join('\n\n')
}

function segments (length, single, part) {
  return length <= single ? 1 : Math.ceil(length / part)
}

export function describe (smsText, labels) {
  if (strip(smsText) === '') {
    return 'Nothing written yet.'
  }
  const text = asSent(smsText, labels)
  let septets = 0
  for (const c of text.split('')) {
    if (GSM_EXTENSION.includes(c)) {
      septets += 2
    } else if (GSM_BASIC.includes(c)) {
      septets += 1
    } else {
      const count = segments(text.length, 70, 67)
      return text.length + ' characters, ' + count + (count === 1 ? ' text' : ' texts') +
        ' (Unicode: a character outside GSM-7 makes each text shorter)'
    }
  }
  const count = segments(septets, 160, 153)
  return septets + ' characters, ' + count + (count === 1 ? ' text' : ' texts') + ' (GSM-7)'
}

export function initSmsLength (root = document) {
  const shown = root.querySelector('[data-sms-length]')
  const box = root.getElementById('smsText')
  if (!shown || !box) {
    return
  }
  const form = box.form
  const survey = root.getElementById('surveyId')
  const update = () => {
    const labels = survey && survey.value !== ''
      ? [shown.dataset.surveyLabel]
      : Array.from(form.querySelectorAll('input[name="options"]')).map(input => strip(input.value)).filter(v => v !== '')
    shown.textContent = describe(box.value, labels)
  }
  form.addEventListener('input', update)
  form.addEventListener('change', update)
  update()
}

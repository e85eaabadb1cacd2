package uk.sosafe.assistant.safety;

import java.util.List;

import static uk.sosafe.assistant.safety.Signal.Strength.ACUTE;
import static uk.sosafe.assistant.safety.Signal.Strength.CONCERN;
import static uk.sosafe.assistant.safety.Signal.Strength.HARM;

/**
 * The phrases the safety check looks for, by category. Written from safeguarding practice, not from
 * test messages: each line should read as something a person in that situation would say.
 */
final class DangerSignals {

	static final String PARTNER = "(?:partner|husband|hubby|wife|boyfriend|girlfriend|ex|ex-partner|ex-husband|ex-wife|"
			+ "fiance|fiancee|missus|fella|other half)";

	static final String FAMILY = "(?:dad|mum|stepdad|step dad|stepmum|step mum|mum's boyfriend|mum's partner|uncle|"
			+ "brother|sister|son|daughter|grandad|nan|in-laws?|family)";

	static final String ACTOR = "(?:he|she|he's|she's|" + PARTNER + "|" + FAMILY + ")";

	static final String STRANGER = "(?:they|they're|someone|somebody|a man|a woman|a lad|lads|men|people)";

	static final String SLUR = "(?:paki|pakis|dyke|dykes|faggot|faggots|fag|fags|terrorist|terrorists|chink|gypsy|gyppo|"
			+ "tranny|retard|spastic|cripple|n word|nigger|monkey|immigrant scum|polish scum)";

	static final String VICTIM = "(?:me|us|her|him|my (?:mum|sister|brother|son|daughter|kids?|children|baby|nan|gran|"
			+ "friend|mate|wife|husband|partner|little brother|little sister))";

	static final String HURTING = "(?:hitting|beating|punching|kicking|slapping|strangling|choking|hurting|attacking|"
			+ "battering|stabbing|throttling|dragging|smashing)";

	static final String HURTS = "(?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|strangles|"
			+ "strangled|pushes|pushed|shoves|shoved|pinches|pinched|hurts|hurt|batters|battered|headbutts|headbutted|bites|burns|burned|"
			+ "throttles|throttled|knocks (?:me|her|him) about|knocked (?:me|her|him) about)";

	static final String WEAPON = "(?:knife|knives|gun|machete|blade|axe|hammer|baseball bat|bat|weapon|firearm|shotgun|"
			+ "rifle|crossbow|screwdriver|broken bottle|zombie knife|sword|samurai sword|katana|spear|brick|metal bar|iron bar|crowbar)";

	static final String CHILD = "(?:son|daughter|child|kid|kids|boy|girl|toddler|baby|teen|teenager|nephew|niece|"
			+ "grandson|granddaughter|stepson|stepdaughter|little brother|little sister|wean|weans|bairn|bairns|\\d{1,2} ?(?:year|yr)s? ?old|"
			+ "\\d{1,2} ?yo)";

	static final String HOME = "(?:flat|house|home|place|bungalow|room)";

	static final List<Signal> ALL = List.of(
			// self-harm and suicide: intent is always treated as danger now
			Signal.of("self-harm", ACUTE, "(?:i'd|id|i would) rather (?:be dead|die)\\b|(?:gonna|going to|threatening to|says he'll|says she'll) jump\\b|"
					+ "(?:sat|sitting|standing|stood) on the (?:window )?ledge|(?:car|engine) running\\b.{0,40}\\b(?:garage|hose|pipe)|(?:garage|hose|pipe)"
					+ "\\b.{0,40}\\b(?:car|engine) running|(?:paracetamol|pills|tablets|painkillers)\\b.{0,60}\\b(?:i've|i have|i) "
					+ "(?:had|taken|took|swallowed) (?:\\d+|twenty|thirty|forty|fifty|loads|all)\\b|\\bcut (?:too|so|really|very) deep|(?:got|have|holding) (?:them|(?:the |my )?(?:pills|tablets|paracetamol)) "
					+ "(?:in front of me|in my hand|ready|next to me)|is (?:\\d+|twenty|thirty|forty|fifty) (?:\\w+ )?(?:pills|tablets|"
					+ "paracetamol|painkillers) enough|how many (?:pills|tablets|paracetamol|painkillers) (?:would it take|does it take|"
					+ "to die|is enough)|(?:sitting|sat|here) with (?:a|the|my) (?:bottle|box|packet|load|pile) of "
					+ "(?:pills|tablets|paracetamol)|(?:took|taken|swallowed|had) (?:\\d+|twenty|thirty|forty|fifty) (?:\\w+ )?(?:pills|"
					+ "tablets|paracetamol|painkillers|co-?codamol|ibuprofen|sleeping pills)|(?:at|on) the top (?:floor |level )?of the "
					+ "(?:multi[- ]?stor(?:e)?y|car park|building|flats|tower|cliff)|(?:sat|sitting|standing|stood) (?:by|on|at|near) "
					+ "the (?:railway|tracks|train tracks|bridge|edge|river|canal)|(?:i've|i have|i) cut (?:really |too |so |very )?deep|(?:i'm|i am) (?:on|at|up on) (?:the|a) (?:\\w+ )?(?:bridge|edge|roof|railway|tracks|cliff)|"
					+ "(?:goodbye|bye)\\b.{0,20}(?:can't|not) (?:do|doing) this any ?more|(?:can't|not) (?:do|doing) this any ?more"
					+ ".{0,20}\\b(?:goodbye|bye)\\b|kill (?:my ?self|myself)|end (?:my|my own) life|take my (?:own )?life|"
					+ "end it(?: all)?\\b(?! for)|suicid(?:e|al)|(?:want|going|gonna|about|ready) to die|"
					+ "don't want to (?:be here|live|be alive|wake up|exist)|not want to (?:be here|live)|"
					+ "no (?:point|reason) (?:in )?(?:living|going on|being here)|better off without me|"
					+ "(?:took|taken|swallowed|take|taking|going to take) (?:all|loads|lots|a lot|a load|a handful|"
					+ "handfuls|the rest|a bunch|enough|a whole (?:box|packet)) of (?:my |the |mum's |her |his |these )?"
					+ "(?:pills|tablets|paracetamol|meds|medication|painkillers)|"
					+ "(?:saved up|stockpiled) (?:enough )?(?:pills|tablets)|written (?:letters|notes|a note|goodbye)|"
					+ "(?:blade|razor|rope|noose) (?:in my hand|ready)|jump (?:off|from|in front)|"
					+ "(?:walking|going|stood|standing) (?:to|on) the (?:bridge|edge|roof|railway|tracks)|goodbye (?:message|post|"
					+ "note|letter|text)|(?:going|gone|went|walking) (?:up )?to the top of the (?:multi[- ]?stor(?:e)?y|car park|"
					+ "building|flats|tower)|(?:standing|stood|sat|sitting) (?:on|at) the top (?:floor )?of|"
					+ "want (?:it|this|everything) to be over|"
					+ "(?:i've|i have|i) (?:overdosed|taken an overdose)|tonight is the night|"
					+ "(?:cutting|hurting|harming|burning) (?:my ?self|myself) (?:right )?now|(?:pills|tablets|meds) "
					+ "(?:all )?(?:lined up|ready|counted out|in my hand)|plans? to (?:kill|end) (?:herself|himself|themselves|"
					+ "myself|it)|(?:cut|cutting) (?:my ?self|myself|herself|himself) .{0,30}(?:deep|won't stop bleeding)"),
			Signal.of("self-harm", HARM, "(?:cutting|cut|hurting|hurt|harming|harm|burning|burn|scratching|cuts|hurts|harms|burns) "
					+ "(?:my ?self|myself|herself|himself|themselves)|(?:attempted|tried) to (?:take (?:his|her|their|my) own life|kill "
					+ "(?:himself|herself|themselves|myself))|stockpil\\w* (?:his |her |their |my )?(?:medication|meds|pills|tablets)|"
					+ "(?:many|lots of|loads of|fresh) cuts|cuts (?:on|all over) (?:her|his|their) (?:arms?|legs?|wrists?|thighs?)|self[- ]?harm(?:ing|ed)?|can't (?:do|go on|take) (?:this|it) any ?more|"
					+ "not doing this any ?more|can't (?:do|go on|take) (?:this|it) no more|no point (?:to|in) anything|no point any ?more|(?:did|does|doing|done) (?:it|them|this|that) to "
					+ "(?:her|him|my)self"),
			// medical emergencies
			Signal.of("medical-emergency", ACUTE, "(?:is |'s |are )?lying (?:on|in) the (?:pavement|road|floor|ground|street)|(?:fallen|fell|had a fall)\\b.{0,60}\\b(?:can't|cannot|can not|unable to) get up|"
					+ "(?:he's|she's|he has|she has|has|have|they've|is) (?:just )?passed out|(?:chest|heart) (?:is |feels )?(?:crushing|tight|pounding)|allergic reaction|(?:throat|tongue|lips|face) "
					+ "(?:is |are )?(?:swelling|swollen|closing)|can't get (?:her|his|my) breath|not breathing|stopped breathing|isn't breathing|can't breathe|"
					+ "(?:won't|can't|doesn't|not) (?:wake|waking) (?:up|her|him)|can't wake|unconscious|collapsed|"
					+ "(?:fallen|fell|fall) down .{0,30}not moving|(?:not|no) moving|(?:is |he's |she's )?not responding|"
					+ "unresponsive|lips (?:are )?(?:going |turning )?blue|turning blue|(?:having|has) a (?:fit|seizure)|"
					+ "fitting|heart attack|(?:he|she|they|someone|my \\w+) (?:has |have |'s )?(?:overdosed|od'd)|"
					+ "snoring noise|foaming|(?:car|van|bike) (?:has )?(?:just )?(?:flipped|overturned|rolled over|crashed)|(?:face|mouth) (?:is |has )?(?:gone )?(?:down|drooping|dropped|fallen) on one side|(?:leg|arm|ankle) (?:is |looks )?"
					+ "(?:the wrong way|bent the wrong way)|rattl\\w* (?:noise|breath\\w*|sound)|(?:lips|face|skin) (?:has |have |is |are )?(?:gone|going|turned|turning) "
					+ "(?:grey|gray|blue)|(?:gone|going|turned|turning) (?:a )?(?:funny |strange |weird |horrible )?(?:grey|gray|blue|white) "
					+ "(?:colour|color)|diabet\\w*\\b.{0,60}\\b(?:sweating|shaking|confused|talking rubbish|not making sense|drowsy|"
					+ "won't wake)|choking|clutching (?:his|her|my) (?:chest|arm)|chest pains?|(?:sudden |bad |crushing )?pain in "
					+ "(?:his |her |my |the )?chest|(?:grey|gray|pale) and sweat\\w*|(?:face|mouth) (?:is |has )?(?:gone )?"
					+ "(?:drooping|dropping|droopy)|slurring|(?:is |he's |she's )?floppy|(?:won't|can't|cant) stop (?:fitting|shaking)"),
			Signal.of("injury", ACUTE, "bleeding (?:badly|heavily|a lot|everywhere)|blood on (?:his|her|my|their) (?:hand|hands|face|shirt|top)|"
					+ "holding (?:his|her) (?:side|stomach|head)\\b.{0,40}\\bblood|blood everywhere|face is bleeding|"
					+ "(?:is|'s) bleeding|won't stop bleeding|no (?:water|food) for (?:\\d+|two|three) days"),
			Signal.of("medical-emergency", CONCERN, "overdosed|had an overdose|had a fit|seizure"),
			// weapons, attacks, break-ins
			Signal.of("violence-or-weapon", ACUTE, "surrounding (?:me|us|him|her|my \\w+)|(?:won't|will not|wont) let (?:me|us|her|him) "
					+ "(?:leave|go) (?:till|until|unless)|stood round (?:me|us|my \\w+)|driving at (?:people|me|us|kids|children|someone)|"
					+ "(?:knocked|ran|run) (?:an? |the )?(?:old |little |young )?(?:man|woman|kid|child|person|someone|lad|girl|boy) over|holding (?:him|her|me|us|them) "
					+ "(?:here|there|hostage|against)|(?:have|has|got) (?:got )?a weapon|being (?:thrown|slammed|dragged|strangled|"
					+ "choked|beaten) (?:against|around|about|across|into|on|back|inside|along|by (?:her|his|the) hair)|(?:screaming|shouting|begging) for (?:him|her|them) to stop|"
					+ "\\w+ bleeding (?:outside|in the|on the|everywhere|badly|heavily|now)|(?:is|are|'s|'re) (?:punching|kicking|hitting|beating|stabbing|attacking|"
					+ "strangling|battering|stamping on) (?:him|her|them|someone|somebody|me|us|my \\w+|one of (?:them|the \\w+)|a (?:man|woman|lad|girl|boy|"
					+ "kid|guy)|people)?(?=[ ,.!]*$|[ ,.!]+(?:now|right now|and|on the|in the|in a|at the|by the|outside))|surrounded (?:me|him|her|us|"
					+ "my \\w+)|now or (?:they|he|she)(?:'ll| will) (?:stab|kill|shoot|hurt|cut)|(?:with|holding|waving) (?:a|an) "
					+ "(?:stick|iron bar|metal bar|crowbar|pole) .{0,30}(?:nobody|no one|threaten\\w*|hit|hurt|won't let)|(?:has|had|got|with|holding|waving|pointing|carrying|pulled|"
					+ "pulling|brandishing|swinging) (?:what looks? like |what i think is |what appears to be |what seems to be )?(?:a|an|his|her|their|the) "
					+ "(?:kitchen |big |huge )?" + WEAPON
					+ "|(?:have|has|got) (?:got )?(?:knives|guns|machetes|weapons|a knife|a gun|a machete)"
					+ "|(?:with|carrying|holding|waving) (?:what look(?:s)? like )?(?:a |an |their |his |her |some )?"
					+ "(?:zombie |big |huge )?(?:knives|knife|bats|machetes|guns|weapons|hammers|blades|axes)|"
					+ "fir(?:ed|ing) (?:a |an )?(?:pellet |air |bb )?(?:gun|rifle|shots?)|gun ?shots?|shots fired|"
					+ "heard (?:a )?(?:gun|shooting|shots)|"
					+ "pointed (?:a|the|his) (?:gun|knife)|(?:been|being|was|got) (?:stabbed|shot|glassed)|glassed|"
					+ "(?:being|getting) (?:attacked|beaten|beaten up|stabbed|mugged|robbed|jumped|chased)|"
					+ "(?:trying to|tried to) (?:pull|drag|get|force) (?:me|her|him|my \\w+) (?:in|into)|(?:trying|tries|tried) to get "
					+ "(?:me|her|him) to (?:go|come) (?:in|into|to) (?:his|their|a|the) (?:car|van|house|flat)|"
					+ "(?:going to|gonna|will|'ll|threaten(?:ing|s|ed)? to) (?:stab|shoot|cut) (?:me|us|him|her|you)|(?:pull|dragg|push|forc|bundl|shov)(?:ing|ed|e|es)? "
					+ "(?:him|her|me|them|my (?:\\w+ ){0,3}\\w+|a (?:woman|man|girl|boy|lad|kid)) (?:towards|to|into|in) (?:the back of )?(?:the|a|his|"
					+ "their) (?:\\w+ )?(?:van|car|vehicle|boot)|being (?:shoved|pushed|dragged|bundled|forced|pulled) into (?:the back of )?"
					+ "(?:a|the) (?:\\w+ )?(?:van|car)|(?:shown|showed|flashed|pulled out) (?:me |us )?(?:a|an|his|the) (?:\\w+ )?"
					+ WEAPON + "|(?:they|he|she|men) (?:are|is) (?:beat|hit|kick|punch|hurt) (?:him|her|me|them)\\b|(?:two |three |some |the )?(?:men|lads|guys|blokes)\\b.{0,15}(?:won't|will not) let (?:her|him|me|us|them) "
					+ "(?:leave|go|out)|fight (?:outside|going on|in the street) .{0,40}"
					+ "(?:now|blood|knife|weapon)"),
			Signal.of("violence-or-weapon", CONCERN, "\\bor (?:they'll|they will|he'll|he will|she'll|she will) (?:hurt|kill|stab|beat|"
					+ "get|shoot) |(?:will|'ll|gonna|going to) make (?:me|you|us) pay\\b(?! (?:for|a|the|£))|(?:carries|carrying|keeps|has|got) (?:a |an )?(?:kitchen )?"
					+ "(?:knife|knives|blade|machete)|(?:i|we) (?:was|were|got) (?:punched|attacked|assaulted|"
					+ "beaten up|stabbed)|" + "(?:" + STRANGER + "|he|she) (?:say|said|says) (?:they|he|she)(?:'ll| will)? (?:hurt|kill|stab|"
					+ "beat|get) (?:me|us|my (?:mum|dad|family|sister|brother|nan|kids?|son|daughter))|"
					+ STRANGER + " (?:hurt|hit|beat|attacked|punched) me|(?:a man|a woman|a stranger|a lad|some lads|some men)\\b.{0,25}\\b"
					+ "(?:hit|punched|attacked|headbutted|glassed|kicked) me|(?:will|going to|gonna|threaten(?:ed|s)? to) "
					+ "(?:break|smash) (?:my|your|his|her) (?:legs?|arms?|face|head)|threaten(?:ed|s|ing)? (?:me|us|my)"),
			// domestic abuse
			Signal.of("domestic-abuse", ACUTE, ACTOR + " (?:is |are |'s |keeps )?" + HURTING + " " + VICTIM
					+ "|kicking (?:the |my )?(?:\\w+ )?door (?:in|down)|can't (?:talk|speak|call|ring)\\b.{0,30}(?:he|she|they)'ll "
					+ "(?:hear|see|find)|(?:he|she)'ll hear (?:me|us)|(?:i'm|i am|we're|we are) hiding\\b|(?:messaging|texting|typing|"
					+ "writing) (?:you |this )?from (?:the|my|a|under the) (?:bathroom|toilet|loo|wardrobe|cupboard|bed)|"
					+ "(?:he's|she's|he is|she is) (?:\\w+ ){0,4}looking for me|(?:says|saying|said) (?:he|she)'ll do my (?:face|eyes|head) next|(?:hands?|arm) (?:round|around) my (?:throat|neck)|"
					+ "(?:locked|shut|lock|locks|locking) (?:me|us|my \\w+) in (?:the |my |a )?(?:\\w+)?|(?:he's|she's|he is|she is) smashing "
					+ "(?:everything|the place|things|it up|up the)|(?:i'm|i am) next|help,? (?:he's|he is) here|"
					+ "(?:won't|will not|wont) let me (?:near|use|have|get to|out)|^(?:he's|she's) (?:back|here|outside|coming)"
					+ "[!. ]*$|"
					+ "(?:going to|gonna|will|'ll|is going to) (?:kill|finish) me (?:off )?(?:when|once|tonight|now)|(?:got|has|had|grabs?) me by the "
					+ "(?:throat|neck)|(?:texted|said|says|messaged|told me|text) (?:i'm|im|you're|ur|your) dead|can't (?:talk|speak|call|ring)\\b"
					+ ".{0,20}(?:he's|she's|he is|she is|they're) (?:in the (?:next|other) room|here|outside|downstairs|upstairs|listening)|"
					+ "(?:he'll|he will|she'll|gonna|going to|'ll) sort (?:me|you|her|him) out\\b.{0,40}\\b(?:once|when|tonight|later)"),
			Signal.of("domestic-abuse", HARM, ACTOR + " (?:always |often |sometimes |keeps |still |has |also )?" + HURTS
					+ " (?:me|her|him|my mum|my sister|my daughter|my wife)|(?:hands?|arm) (?:round|around) my (?:throat|neck)|"
					+ "(?:going to|gonna|will|'ll) (?:kill|finish|batter|beat|hurt|smash) me|threaten(?:s|ed|ing)? to kill (?:me|her|us)|"
					+ "pushes (?:me|her|him) about|knocks? (?:me|her|him) about|beats? (?:me|her|him) up|"
					+ "covers? the bruises|(?:gives|gave) me (?:a )?(?:black eye|bruises)|(?:threw|thrown|throws|chucked) (?:a |the )?"
					+ "(?:\\w+ ){0,4}(?:at me|over me)|(?:blocking|blocked) the door|(?:shoving|pushing|knocking) (?:me|her|him) (?:about|"
					+ "around)|(?:punched|punches|kicked|smashed|hit) (?:the|a) (?:wall|door) (?:next to|by|near|beside|behind|right by) "
					+ "(?:my|her|his) (?:head|face)"),
			Signal.of("domestic-abuse", CONCERN, "won't let me|not let me|doesn't let me|never lets me|"
					+ "(?:takes|took|taking|keeps|has|controls|control) (?:all )?(?:of )?(?:my|our|her) (?:money|bank card|card|"
					+ "cards|wages|benefits|pay|phone)|check(?:s|ed|ing)? my phone|track(?:s|ed|ing)? (?:where i am|me|"
					+ "my (?:phone|location))|tells? me what (?:i can|to) wear|decides who i|who i can see|"
					+ "(?:calls|calling|called) (?:me|her) (?:horrible|names|stupid|fat|useless|worthless|ugly)|"
					+ "(?:threw|throws|smashes|smashed|broke|breaks) (?:things|my|the (?:telly|tv|door|plates))|"
					+ "scared of (?:him|her|my " + PARTNER + ")|walking on eggshells|(?:shouting|screaming|yelling) at me|"
					+ "(?:shouts|screams|yells) at me|(?:fight|argue|row) every (?:night|day)|isolat(?:es|ed|ing) me|"
					+ "(?:my )?" + PARTNER + " (?:is )?(?:abusive|controlling|violent)|called me a (?:slag|slut|whore|bitch|cow)|(?:goes|went|"
					+ "going|gone) through my phone|(?:take|took|takes) my passport"),
			// sexual violence
			Signal.of("sexual-violence", ACUTE, "spiked\\b.{0,80}\\b(?:(?:i'm|i am) still (?:at|in)|(?:i'm|i am) "
					+ "(?:at|in) the (?:\\w+ (?:at|of) the )?(?:club|pub|bar|party)|(?:i|she|he) (?:feel|feels) (?:really |so )?(?:strange|weird|funny|dizzy|"
					+ "sick|rough|off|out of it))|(?:i think )?(?:i've|i have|i've been|i have been|i was|i got|got|been) "
					+ "(?:been )?spiked (?:at|in|tonight|just now)|forced himself on (?:me|her)|(?:just|have just|has just|i've just|i have just) been "
					+ "(?:raped|sexually assaulted)|(?:is |he's |they're )?raping|(?:is|he's|she's|they're|are) forcing (?:me|her|him) "
					+ "(?:to|into)|carrying (?:a |the )?(?:girl|woman|her)\\b.{0,40}\\b(?:asleep|unconscious|passed out|out of it|drunk)"
					+ "\\b.{0,40}\\b(?:car|van|taxi)|on top of (?:me|her|my \\w+)\\b.{0,60}\\b(?:saying no|says no|said no|crying|screaming)|(?:she|i) (?:keeps|kept) "
					+ "saying no|(?:can't|won't let me|not let me) leave (?:the room|here|the flat|the house)\\b.{0,30}\\b(?:till|until|unless) i "
					+ "(?:do it|have sex|sleep with)|(?:keeps? |is |he's )?holding (?:me|her|a (?:girl|woman)) down|(?:dragg(?:ing|in)|pulling|carrying|taking) (?:her|him|my \\w+|"
					+ "a (?:girl|woman|lad)) (?:upstairs|into (?:a |the |his )?(?:bedroom|room|toilets?|bushes|woods|alley))\\b.{0,60}"
					+ "(?:drunk|out of it|can't stand|won't let go|screaming|crying)|(?:too drunk|so drunk|out of it|can't stand|can barely "
					+ "stand)\\b.{0,60}(?:dragg(?:ing|in)|pulling|carrying|taking) (?:her|him)|(?:pulled|dragged|dragging|pulling) (?:a |the )?"
					+ "(?:woman|girl|her|me) .{0,30}into (?:the )?(?:bushes|woods|alley|trees)"),
			Signal.of("sexual-violence", HARM, "(?:i was|i've been|i have been|i got|she was|he was|she's been|"
					+ "she has been|been) (?:raped|sexually assaulted|assaulted at|groped|molested)|raped (?:me|her|him)|"
					+ "sexually assault(?:ed)? (?:me|her|him)|spiked|forced (?:me|her|him) (?:to have sex|into sex)|"
					+ "made me (?:have|do) (?:sex|sexual)|touch(?:ed|es|ing)? me (?:in (?:a )?bad way|inappropriately|"
					+ "without|down there|where)|(?:flashed|exposed himself) (?:at|to) me|grop(?:ing|ed|es) (?:me|her|him)|(?:a man|he|someone|somebody|a stranger)\\b.{0,40}\\bon top of "
					+ "(?:me|her)|(?:touching|groping|grabbing) (?:me|her) (?:right )?now|(?:do|doing) sex(?:ual)? (?:things|stuff)|assaulted at (?:a|the) (?:party|club)|(?:is|he's|keeps?|won't stop|not stop) "
					+ "(?:touching|groping|grabbing) (?:me|her)\\b|(?:touching|groping) (?:me|her) and (?:won't|not|doesn't) stop|"
					+ "(?:hand|hands) (?:up|down|inside) (?:my|her) (?:skirt|dress|top|knickers|pants|shirt|trousers)|(?:his )?hands? on my "
					+ "(?:leg|legs|thigh|knee|breasts?|chest|bum)"),
			// stalking and harassment; an order being breached now is danger now
			Signal.of("stalking-harassment", ACUTE, "(?:sat|sitting|parked|waiting|standing) outside\\b.{0,60}\\b(?:not allowed|"
					+ "isn't allowed|banned)|(?:not allowed|isn't allowed|banned from coming) (?:near|to come near|within)\\b.{0,60}"
					+ "\\b(?:outside|here|right now)|(?:non[- ]?molestation|restraining|protective|court|injunction|"
					+ "stalking protection) order .{0,80}(?:outside|here|at my|banging|right now|in his car|following)|(?:will|'ll|gonna|going to) be "
					+ "waiting (?:for (?:me|her|him)|when|outside|at)"),
			Signal.of("stalking-harassment", CONCERN, "knows? where i am|(?:he's|she's|he is|she is|they're) (?:at|outside|by|near|next to|behind|"
					+ "across from|on) .{0,40}\\bagain\\b|(?:following|followed|follows|follow) me|"
					+ "(?:stalking|stalked|stalks) me|being stalked|i'm being (?:stalked|harassed)|(?:harassing|harasses) me|"
					+ "keeps? (?:turning up|showing up|messaging|texting|calling|ringing|contacting|watching|waiting|"
					+ "making new)|won't leave me alone|(?:wait|waits|waiting|sat|sits) (?:for me )?(?:in his car )?outside "
					+ "(?:my|her|the) (?:house|home|flat|work)|(?:drives|driving|drove) past (?:my|her|his) (?:house|home)|"
					+ "know(?:s)? where i live|(?:withheld|unknown|private) numbers?|new (?:insta|instagram|snap|snapchat|"
					+ "facebook|tiktok|twitter) accounts|blocked (?:him|her|them) .{0,20}times|leaving (?:notes|letters|"
					+ "flowers|things)|(?:waiting|sat|sitting|parked|hanging about) (?:by|at|near|next to) my (?:car|house|door|work|flat)|"
					+ "(?:keeps?|keep) ringing (?:my|the) (?:door ?bell|bell)|leaves (?:flowers|notes|letters|things|gifts) (?:on|at|through|for)|(?:messages|texts|calls|rings) me from (?:new|different|fake) "
					+ "(?:accounts|numbers)|parked outside my (?:house|home|flat|work)|silent (?:phone |telephone )?calls|(?:saying|shouting|calling) my "
					+ "name through|(?:i'm|im|i am) watching (?:you|u)\\b|left (?:notes|letters|flowers|things|messages) (?:on|at|through|for)|(?:his|her|their|the same) car "
					+ "(?:is )?(?:parked |sat )?outside (?:my|our|the|her) (?:house|home|flat|work)"),
			// children
			Signal.of("child-abuse", ACUTE, "(?:dad|mum|stepdad|step dad|mum's boyfriend)(?:'s|s| is)? (?:drunk|off (?:his|her) "
					+ "(?:head|face)|high|raging)\\b.{0,40}\\b(?:help|scared|hiding|upstairs|locked|me n|me and)|(?:beating|hitting|hurting|kicking|slapping|smacking|punching|attacking|shaking|"
					+ "dragging|pulling|throwing|shoving) "
					+ "(?:her|his|their|the|a|my) (?:kids|kid|children|child|baby|toddler|son|daughter|little \\w+) .{0,60}"
					+ "(?:now|screaming|crying|again)"),
			Signal.of("child-abuse", HARM, "(?:dad|mum|stepdad|step dad|stepmum|mum's boyfriend|uncle|carer|parent)s? "
					+ "(?:is |keeps |always )?(?:hits|hitting|beats|beating|hurts|hurting|slaps|punches|kicks|burns) "
					+ "(?:me|my little|my baby|my brother|my sister|him|her) .{0,40}(?:belt|marks|bruises|screaming|right now|"
					+ "school|naughty)|hits me with (?:his|her|a) (?:belt|stick|shoe|hand)|marks on my (?:legs|arms|back|body)|"
					+ "(?:comes?|came|coming) in(?:to)? (?:my|her|his) room at night|(?:dad|mum|stepdad|step dad|stepmum|step mum|mum's \\w+|"
					+ "parents?)\\b.{0,30}(?:doesn't|don't|won't|never) let (?:me|him|her) eat|makes? "
					+ "(?:me|him|her) sleep (?:on the floor|in the (?:shed|garage|cupboard))|(?:toddler|baby|babies|kids|children|little ones)\\b.{0,40}"
					+ "\\b(?:alone|on (?:their|his|her) own)\\b.{0,40}\\b(?:since|all day|all night|for hours|crying|no adult)|(?:left|leave|leaves|leaving) (?:(?:the|her|his|their|"
					+ "two|three|\\w+) ){0,2}(?:babies|baby|kids|children|toddlers?|little ones) (?:home |at home |in the (?:house|flat|car) )?"
					+ "(?:alone|on (?:their|his|her) own)|(?:comes?|came|turns? up) (?:in|into school|to school|to nursery) with "
					+ "(?:bruises|marks|burns)|never has (?:a coat|any lunch|lunch|food|breakfast)|(?:stepmum|step mum|stepdad|step dad|(?:mother's|mum's|mums|dad's|"
					+ "father's) (?:new )?(?:partner|boyfriend|girlfriend|fella|husband|wife))\\b.{0,40}\\b(?:hits|pinches|smacks|slaps|hurts|kicks|"
					+ "punches|locks|shuts) (?:her|him)|(?:when i was (?:[1-9]|1[0-7])|as a (?:kid|child))\\b.{0,40}(?:dad|mum|stepdad|"
					+ "step dad|stepmum|mum's boyfriend|uncle|carer|parents?)\\b.{0,20}(?:used to |would |always )?(?:hit|beat|burn|"
					+ "hurt|punch|kick|lock|starve|touch)|(?:touched|touches|touching) (?:my|her|him|me) .{0,20}"
					+ "(?:private|down there)|(?:always|often) (?:hungry|outside late|left alone)|looks? really thin"),
			Signal.of("child-exploitation", ACUTE, "(?:kept|being kept|held|locked) in a (?:flat|house|trap) .{0,80}"
					+ "(?:won't|will not|wont|not) let (?:him|her|me) (?:leave|go)|being (?:held|kept) in a (?:trap house|flat|"
					+ "house)|(?:knife|blade|machete|weapon)\\b.{0,20}\\b(?:gone|missing|taken) from|(?:about to|going to|on (?:her|his) way to) meet (?:him|her|them|a man|an older)|(?:is|he's|she's|he is|she is) "
					+ "(?:now )?in (?:a |the |their )?(?:car|van) with (?:\\w+ ){0,2}(?:men|lads|guys|boys|people)|(?:men|man|lads|guys|"
					+ "blokes|they)\\b.{0,20}(?:won't|will not|not) let (?:her|him|me) (?:leave|go)"),
			Signal.of("child-exploitation", HARM, "owes? (?:them|the (?:older )?(?:lads|boys|men|gang)|"
					+ "(?:some )?older (?:lads|boys|men)|(?:some )?(?:lads|boys|men|people))\\b|owes? (?:£?\\d+|money)|"
					+ "(?:has to|have to|made to|told to|make him|make her|make me) "
					+ "(?:run|take|carry|deliver|hold|move|sell) (?:parcels|packages|packets|bags|drugs|gear|stuff|the bag|a bag|the package|"
					+ "the parcel)|"
					+ "(?:run|running|runs) (?:parcels|packages|drugs|lines|county) for|(?:has to|have to|got to|made to|told to|must) go "
					+ "(?:country|cunch|on a trip|out of town)|(?:is |'s )?running drugs|"
					+ "go(?:ing)? (?:'?(?:country|on a trip)'?) .{0,20}for (?:some |the )?(?:older|lads|boys|men|them)|(?:pics|pictures|photos|nudes|images|videos) of (?:me|her|him) "
					+ ".{0,60}(?:send|share|post|unless)|mature for (?:her|his) age|keep it (?:between (?:them|us)|secret)|"
					+ "(?:older|grown) (?:lads|boys|men) (?:gave|give|have given|are giving) (?:him|her|me)|"
					+ "(?:people|the men|the lads|gang) (?:he|she) (?:runs|works|sells) for|(?:boyfriend|girlfriend|man|bloke|guy) "
					+ "(?:is |who is |who's |aged )?(?:1[89]|[2-5]\\d)(?: ?(?:years?|yrs?)(?: old)?)?\\b.{0,60}(?:gifts?|presents?|phone|"
					+ "money|vapes|lifts)|(?:1[89]|[2-5]\\d) ?(?:year|yr)s? ?old (?:boyfriend|girlfriend|man|bloke|guy)\\b.{0,60}(?:gifts?|"
					+ "presents?|phone|money|vapes|lifts|buys?|bought)"),
			// cuckooing
			Signal.of("cuckooing", CONCERN, "(?:moved|moving|staying|living|stay) (?:in|into) (?:my|her|his|their|the|a) "
					+ "(?:\\w+'?s? )?" + HOME + "|(?:took|taken|taking|take) over (?:my|her|his|their|the|a) (?:\\w+'?s? )?"
					+ HOME + "|"
					+ "(?:deal|deals|dealing|sell|sells|selling) (?:drugs )?(?:from|out of) (?:my|her|his|the|their) " + HOME + "|"
					+ "keep (?:drugs|gear) (?:here|in my)|(?:dealers|they|men|lads|gang|them) (?:have )?(?:come back|are back|keep coming "
					+ "back|turned up again) (?:to|at) (?:my|her|his|mum's) (?:flat|house|home|place|door)|" + HOME + " (?:has been|'s been|got|was|been|is being) taken over|"
					+ "deal(?:ing)? (?:drugs )?from (?:there|it)|sell(?:s|ing)? (?:drugs? )?from (?:there|it|the flat)|(?:come|came) to my (?:flat|house) and stay|"
					+ "(?:started|keep|keeps) staying (?:there|at (?:his|hers|my))|can't get them (?:out|to leave)"),
			// modern slavery
			Signal.of("modern-slavery", ACUTE, "(?:keep|keeps|kept|are keeping) (?:us|them|her|him|me) locked (?:in|up|upstairs|inside)|"
					+ "(?:boss|gaffer|gangmaster)\\b.{0,60}\\b(?:lock|locks|locked) (?:us|them) in"),
			Signal.of("modern-slavery", CONCERN, "(?:boss|gangmaster)\\b.{0,60}(?:nobody|no one|can't|cannot|not allowed to|say "
					+ "no) (?:go|leave|get)s? out|(?:keeps|kept|took|taken|has) (?:my|our|their|his|her) passports?|"
					+ "(?:no|not get|don't get|without|get no|never get) (?:any )?(?:wages|pay|money) .{0,30}(?:food|work|"
					+ "boss)|(?:sleep|live|living|sleeping) (?:in|at) (?:the )?(?:back of the |the )?(?:restaurant|shop|unit|"
					+ "car wash|factory|site|kitchen|shed|caravan|container)|owe (?:the |my )?boss|(?:boss|gangmaster|employer)\\b.{0,20}"
					+ "(?:takes|took|keeps|has) (?:all )?(?:his|her|their|my|our) (?:wages|pay|money|passports?)|(?:not been|hasn't been|"
					+ "haven't been|never been) paid (?:for )?(?:months|weeks|a year|anything)|(?:lives?|living|sleeps?|sleeping) in a "
					+ "(?:caravan|shed|container|van)\\b.{0,30}(?:with \\d+|others|workers|men)|(?:for|with) no (?:pay|wages)|made to "
					+ "(?:work|pick|pack|clean)\\b.{0,40}(?:for nothing|without pay|unpaid)|boss (?:says|say) i owe|"
					+ "(?:can not|cannot|can't) leave .{0,30}(?:boss|job|work)|work(?:ing)? \\d+ hours (?:every|a) day|"
					+ "forced (?:to|into) (?:work|labour)|(?:being )?trafficked"),
			// hate crime
			Signal.of("hate-crime", CONCERN, "because (?:i'm|i am|we're|we are|he's|she's|they're|he is|she is|of) "
					+ "(?:my |his |her |our |their )?(?:black|asian|white|muslim|jewish|gay|lesbian|bi|trans|polish|"
					+ "romanian|disabled|autistic|a (?:muslim|jew|christian|sikh|hindu|immigrant|refugee|foreigner)|"
					+ "religion|race|colour|skin|disability|sexuality|hijab|turban|accent|faith|nationality|"
					+ "from (?:\\w+))|(?:racist|racial|homophobic|transphobic|islamophobic|antisemitic|anti-semitic) "
					+ "(?:abuse|names|slurs|comments|stuff|attack|graffiti|things|insults)|slurs? (?:on|at)|swastika|"
					+ "go back to (?:your|my|ur|africa|\\w+ country)|(?:send|sending) (?:us|them|you|him|her) (?:back|home)|(?:called|calling|call) (?:me|us|him|her|my \\w+) "
					+ "(?:a |an )?" + SLUR + "|(?:got|been|was|were|get|keep getting) called (?:a |an )?" + SLUR + "|"
					+ "because (?:i|we|he|she) wears? (?:a |the )?(?:hijab|turban|kippah|niqab|headscarf)|"
					+ "(?:mocking|mock|laughing at|pushing|spat at|spit at) .{0,30}(?:wheelchair|disab)|"
					+ "(?:wheelchair|disabled|autistic) .{0,40}(?:mocking|mock|pushing|spat|spit|abuse)"),
			// missing people
			Signal.of("missing-person", ACUTE, "(?:taken|took|driven) (?:out of town|away|off) by (?:the line|the gang|"
					+ "older \\w+|them|some men|men)|(?:toddler|little (?:boy|girl)|small child|young child|child|kid)\\b.{0,30}"
					+ "\\b(?:wandering|on (?:his|her) own|alone)\\b.{0,40}\\b(?:road|street|traffic|car park|river|lake|platform|station|"
					+ "railway|tracks)|(?:can't|cannot) find (?:my|our) (?:" + CHILD + ")|"
					+ "(?:my|our) (?:" + CHILD + ")(?: is| has| was)? .{0,30}(?:is missing|gone missing|went missing|"
					+ "missing from|hasn't come home|not come home|didn't come home|never came home)|"
					+ "(?:" + CHILD + ") .{0,20}missing (?:now|since)|(?:" + CHILD + ") (?:has |'s )?(?:wandered off|"
					+ "run off|gone off)|(?:lost|can't find) (?:my|our) (?:little |baby )?(?:boy|girl|son|daughter|child|kid)|"
					+ "(?:hasn't|has not|haven't) (?:come back|come home|been seen) .{0,40}(?:nights?|hours|since)|"
					+ "gone (?:for )?\\d+ hours|don't know where (?:she|he|they) (?:is|are) .{0,80}(?:kill|hurt|end)|"
					+ "(?:" + CHILD + ").{0,60}(?:nobody|no one|no-one) (?:knows|has seen) where (?:she|he) (?:is|went)|"
					+ "(?:didn't|did not|hasn't|has not) come (?:out of|home from|back from) (?:school|nursery|the park|college)|"
					+ "(?:child|children|kid|little boy|little girl|toddler) (?:is |are )?missing|(?:got|slipped|ran|run) out (?:of )?(?:the )?(?:garden |"
					+ "front |back )?(?:gate|door)\\b.{0,80}\\b(?:mins?|minutes|can't swim|lakes?|river|road)|(?:" + CHILD + ")\\b.{0,60}(?:a minute|minutes|"
					+ "\\d+ min\\w*) ago\\b.{0,60}\\b(?:gate|front door|door) (?:is |was )?(?:open|left open)|(?:not|hasn't|has not|never|didn't) (?:come|came|been) "
					+ "(?:back|home)\\b.{0,80}\\b(?:no (?:meds|medicine|medication|insulin|tablets)|diabet\\w*|epilep\\w*|dementia)|"
					+ "(?:no (?:meds|medicine|medication|insulin)|diabet\\w*|epilep\\w*|dementia)\\b.{0,80}\\b(?:not|hasn't|has not|never|"
					+ "didn't) (?:come|came|been) (?:back|home)|(?:1[0-7]|[1-9])\\b.{0,20}not home since|not home since\\b.{0,40}no meds|(?:went out|left|ran off|run off)\\b.{0,60}"
					+ "(?:never came|hasn't come|not come|didn't come)\\b.{0,60}(?:(?:she's|he's|she is|he is) (?:only )?(?:1[0-7]|[1-9])\\b)|"
					+ "(?:autistic|dementia|alzheimer's|learning disab\\w*|vulnerable|confused)\\b.{0,100}(?:isn't|is not|not|hasn't been) "
					+ "(?:answering|picking up|replying)|(?:one of the )?(?:children|kids) "
					+ "(?:is|are) not (?:in|at)|(?:we have |we've |staff are |have )?search(?:ed|ing) (?:everywhere|now|the whole)"),
			Signal.of("missing-person", CONCERN, "(?:hasn't|has not|haven't|have not|not) (?:been "
					+ "(?:seen|in touch|heard of)|heard from|answered (?:his|her) phone)\\b.{0,30}\\b(?:days|weeks|week|month|since)|"
					+ "heard nothing (?:from (?:him|her) )?since|keeps? (?:running|going) (?:off|away|missing)|(?:vanished|disappeared) (?:off the face|without)|keeps? (?:wandering|going) (?:off|missing)|wandered off|"
					+ "(?:stays?|staying) out all night|(?:he|she|they|my (?:dad|mum|nan|grandad|brother|sister|son|"
					+ "daughter|husband|wife|partner|friend)) (?:has |have |'s )?(?:gone|went) missing|reported (?:him|her) missing"),
			// fraud happening now
			Signal.of("fraud-in-progress", ACUTE, "(?:being )?driven to (?:barclays|lloyds|natwest|hsbc|santander|nationwide|"
					+ "halifax|the bank|a bank|the building society|the post office)|(?:in|at) the (?:post office|cashpoint|atm|western union|"
					+ "money shop) (?:right )?now|(?:he's|she's|they're|he is|she is|they are) (?:still )?on the (?:line|phone)\\b|"
					+ "(?:right )?now (?:sending|transferring|moving) (?:cash|money|savings|(?:his|her|my) (?:pension|savings))|on (?:a |the )?(?:video )?call (?:now|right now|with)|(?:arrested|in court) "
					+ "(?:today|tonight|now) unless (?:i|we|she|he) pa(?:y|ys)|unless (?:i|we|she|he) pa(?:y|ys) (?:now|today)|"
					+ "(?:driving|taking|walking|driven|taken|took|drive|take|walk) (?:(?:him|her|me|them|my \\w+) )?to (?:the )?(?:bank|post office|cashpoint|"
					+ "cash machine|atm)|(?:he|she|they) (?:is|are|'s|'re) waiting .{0,20}(?:pay|transfer|card|cash)|courier (?:(?:who|that) )?(?:is )?(?:coming|on (?:his|its|the) way|will (?:come|collect|"
					+ "call)|to (?:collect|pick up))|(?:driver|someone|a man|they) (?:is |are |will )?(?:coming|come|call) "
					+ "(?:round |to my (?:house|home) |at my (?:house|home) )?(?:to|and) (?:collect|pick up|take)|"
					+ "on the blower|(?:shifting|moving|sending|transferring) (?:his|her|my|their) (?:whole )?(?:pension|savings)|"
					+ "(?:on the (?:other )?(?:line|phone|telephone)|on the phone (?:to me )?|is on the (?:tele)?phone) "
					+ "(?:right )?(?:now|as i (?:type|write|speak))|(?:in|at) the bank (?:queue )?(?:now|right now)|"
					+ "(?:move|transfer) (?:all )?(?:my|the|our) (?:money|savings|cash) .{0,60}(?:right now|on the "
					+ "(?:other )?line)|as i type .{0,40}(?:collect|pay|cash|card)|coming (?:round|over|to (?:my|the|her|his) "
					+ "(?:house|home|door))?.{0,25}(?:to|and) (?:collect|pick up|take) (?:my|her|his|the)|on the other line|"
					+ "safe account (?:now|right now|today)|into a (?:new )?safe account|remote access .{0,30}(?:now|right now)|"
					+ "(?:driving|going|walking|heading|on (?:his|her|my) way) to (?:the )?(?:bank|post office|cashpoint|atm) "
					+ "to (?:send|get|take out|withdraw|draw)|sending a (?:taxi|car|driver) to (?:take|collect|pick)|"
					+ "won't leave (?:till|until) (?:i|she|he) pa(?:y|ys)|walk (?:me|her|him) to the cashpoint|"
					+ "waiting (?:outside )?(?:in a car )?for (?:my|her|his) (?:bank )?(?:card|cash|money|pin)|"
					+ "(?:from|says (?:he's|she's|they're|he is|she is) from) (?:the|my|her|his) (?:bank|police) .{0,60}"
					+ "(?:right now|outside|on the (?:phone|line)|coming|at (?:my|the|her|his) door|here)|(?:just )?sent (?:£?\\d[\\d,]*|money|some)\\b.{0,40}"
					+ "(?:asking for more|want more|wants more|need more|more)|(?:need|needs|wants?) (?:£?\\d[\\d,]*|money|cash) (?:now|"
					+ "right now)|(?:is|'s|literally) about to "
					+ "(?:do it|send it|pay it|pay (?:him|her|them))|(?:wants?|asking for|asked for|demanding) (?:£?\\d[\\d,]* ?(?:quid|"
					+ "pounds|k)?|money|cash) (?:sent|transferred|paid)\\b.{0,40}(?:now|in (?:the next )?\\d+ min|today|tonight)|(?:taxi|car|driver) (?:is )?(?:collecting|coming for|"
					+ "picking up|coming to (?:collect|take)) (?:me|her|him)|(?:is |are |'s )?at the (?:cashpoint|atm|bank) with|"
					+ "still on the (?:line|phone)|(?:is|'s|are|'re) (?:still )?on the (?:line|phone)\\b|still on now|(?:at|on) (?:the|my|her|his) "
					+ "(?:door|doorstep|step)\\b.{0,60}\\b(?:bank|card|pin)\\b|asking for (?:the|my|her|his) pin|(?:take|taking|drive|driving) "
					+ "(?:her|him|me|them|my \\w+) to (?:get|take|draw) (?:her|his|my|their|the) (?:savings|money|cash) out|from the bank\\b.{0,60}"
					+ "\\b(?:sleeping|staying) (?:on|at|over)|(?:i'm|i am|she's|he's|she is|he is) (?:in the shop |at the shop |at the till )?(?:now )?buying "
					+ "(?:the |more |some )?(?:gift ?)?cards|(?:buying|to buy|pay (?:with|in)|paying (?:with|in)) (?:\\w+ )?(?:gift ?cards|vouchers|itunes "
					+ "cards|google play|steam cards)|(?:gone|going|went|driving|walking|heading) to the (?:bank|post office|cashpoint|atm)\\b"
					+ ".{0,30}\\bto (?:send|withdraw|take out|draw out|transfer)|controlling my (?:laptop|computer|pc|phone|screen|mouse)|"
					+ "(?:moving|taking|transferring) (?:my )?money (?:between|out of|from) my accounts?|anydesk|teamviewer|remote access|access to my (?:laptop|computer|pc|phone)|"
					+ "about to (?:send|pay|transfer|hand over|withdraw)|(?:has|have|had|needs?) to pay .{0,20}(?:cash|money|£|"
					+ "\\d+ ?k\\b).{0,10}(?:now|today|right now)|waiting (?:while|for) (?:she|he|i|her|him|me|mum|dad|nan) "
					+ "(?:gets?|fetch\\w*|goes? to get|draws?) (?:the )?(?:cash|money|it)|take out a loan (?:now|today)|code from the text"),
			Signal.of("fraud-in-progress", CONCERN, "keeps? sending (?:him |her |them )?(?:money|cash)|"
					+ "payments? (?:coming|going) out .{0,40}(?:didn't|did not|never) make|(?:release|withdrawal|unlock) fee|(?:at|in) the "
					+ "(?:bank|branch|counter|building society)\\b|must (?:withdraw|take out|draw out)|(?:withdraw|take out|draw out) £?\\d|"
					+ "(?:got|been|was|were|i've been|we've been|he's been|she's been) (?:scammed|conned|ripped off|defrauded)|lost "
					+ "£?\\d[\\d,]* to|(?:sent|transferred|paid|gave) (?:him |her |them )?(?:money|£?\\d[\\d,]*|all (?:his|her|my) "
					+ "(?:money|savings)) (?:to|for) (?:a |an |some |the )?(?:fake|scam\\w*|woman|man|someone|person|builder|bloke)|"
					+ "took a deposit\\b.{0,60}never (?:came|come|turned up)"),
			// adults at risk
			Signal.of("adult-at-risk", CONCERN, "(?:carer|care worker|support worker|helper)\\b.{0,50}\\b(?:shouts?|shouting|screams?|"
					+ "swears?|hits?|slaps?|pushes|pushed|is rough|took (?:his|her) (?:walking frame|frame|stick|phone|hearing aid)|won't let "
					+ "(?:him|her))|(?:carer|care worker|mates|friends|grandson|nephew) .{0,40}(?:has|takes|"
					+ "taking|took|keeps|steal\\w*|stole|using|uses) (?:money|cash|(?:her|his|their) (?:bank card|card|money|pension|"
					+ "benefits|purse|cash))|make(?:s)? (?:him|her) "
					+ "(?:take|draw|get) (?:money|cash) out|(?:living|lives) without (?:heating|food)|"
					+ "(?:elderly|old|vulnerable|dementia|learning disabilit\\w*) .{0,80}(?:scared of|takes? (?:her|his) money|"
					+ "no food|no heating|neglect)"),
			Signal.of("adult-at-risk", ACUTE, "(?:carer|care worker|nurse|the one who)\\b.{0,60}\\b(?:tie|tied|tying|ties|strap\\w*|restrain\\w*)"
					+ "|(?:tie|tied|tying|strap\\w*) (?:her|him|someone|them|my \\w+) (?:to|down) (?:a|the) (?:chair|bed)|(?:vulnerable|disabled|learning disab\\w*|elderly|confused|dementia)\\b.{0,60}"
					+ "\\bbeing (?:pressured|forced|made|dragged|taken|pushed) (?:into|to)|(?:no heating|no heat) .{0,60}(?:minus|freezing|confused|below zero)|"
					+ "(?:carer|care worker) .{0,40}locked (?:him|her) in|standing over (?:him|her) .{0,40}(?:shouting|terrified|"
					+ "scared)"),
			Signal.of("other", ACUTE, "(?:smell|smells|smelling) (?:of )?gas|gas leak|(?:co|carbon monoxide) alarm|"
					+ "(?:in|fell in|fallen in|jumped in) the (?:river|canal|lake|water)\\b.{0,40}\\b(?:struggling|drowning|can't swim|"
					+ "help)|(?:struggling|drowning) in the (?:river|canal|lake|water)|(?:poured|pouring) petrol|stuck in (?:a|the) lift|"
					+ "trapped in (?:a|the|my|his|her) (?:car|lift|house|flat|room|building)|(?:breaking|trying to break) (?:in|into)|(?:trying to|tried to) get in(?:to)? "
					+ "(?:through|via|the|my|our|her|his)|"
					+ "(?:someone|somebody|a man|men|people|intruder|burglar)s? (?:is |are )?(?:in|inside) (?:my|the|our) "
					+ "(?:house|home|flat)|^(?:(?:please|pls) help(?: me| us)?|help (?:me|us)(?: please| pls| now| quick)?|"
					+ "help (?:please|pls|now|quick))[!. ]*$|"
					+ "^(?:they're|they are) (?:back|here|outside|coming)[!. ]*$|(?:set|setting|started) (?:a )?fire|on fire (?:now|right now)|smoke (?:is )?coming|"
					+ "(?:climbing|breaking|getting) (?:in|into) (?:the|my|our|a|her|his) (?:\\w+ )?(?:flat|house|home|window)|"
					+ "someone's in my (?:house|flat|home)|flames (?:are )?(?:up|coming|spreading|everywhere)|(?:lit|set light to|torched) (?:the|a|"
					+ "some|our|my) \\w+\\b.{0,60}\\b(?:flames|fire|still inside|on purpose)|(?:someone|somebody|he|they|a man|men)\\b.{0,30}(?:trying|rattling|tried) (?:my|the|our) "
					+ "(?:front |back )?door ?handle|(?:can hear|there's|there is) (?:someone|somebody|people|a man|men) (?:downstairs|"
					+ "upstairs|in the (?:kitchen|garden|house|hall|loft))|(?:kids?|children|child|boys?|girls?|lads|someone|people)\\b.{0,20}"
					+ "\\bon the (?:train |railway )?(?:tracks|line|railway)|(?:dog|dogs)\\b.{0,20}(?:attack\\w*) (?:a|the|my|her|his|"
					+ "someone)|(?:a |big |huge )?fire (?:at|in|behind|next to|near|by|on) (?:the|my|our|a|his|her)"
					+ "\\b.{0,60}\\b(?:now|spreading|coming|getting (?:bigger|closer))|fire\\b.{0,30}(?:spreading|getting bigger|coming "
					+ "(?:near|towards|close))|(?:dog|dogs)\\b.{0,40}(?:mauling|savaging|biting (?:a|the|my|her|his|someone)|bitten)|"
					+ "(?:climbing|climbin|getting|got) in(?:to)? (?:through )?(?:the |a )?(?:window|shop|house|flat)|(?:are|'re) "
					+ "(?:climbing|climbin) in\\b"),
			Signal.of("other", CONCERN, "(?:lets|letting) himself into my|i was (?:mugged|robbed|burgled)|"
					+ "(?:threatening|threatened) to (?:kick|throw) me out|balaclavas?|(?:stealing|nicking|sawing|cutting) .{0,30}(?:off|from) "
					+ "(?:my|our|the|a|his|her) (?:car|van|bike|house)|catalytic converter|(?:trying|tried) (?:the )?(?:car )?door handles|"
					+ "smashed the (?:shop |front |back )?window"));

	private DangerSignals() {
	}
}

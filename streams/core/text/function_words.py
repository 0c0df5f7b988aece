"""Function words: the closed classes (articles, pronouns, prepositions, conjunctions, auxiliaries
and modals, common adverbs) of English and French, with their contractions, and of Arabic.

Keywords never rank one; a capitalised English or French word that is one only opens a sentence
("Although US ...", "Will China ...", "Unless ...", "S'il ..."), it is never the first word of a name;
and the parser compares what two stretches of text are about by their other words. (The Arabic
tagger learned its function words from ANERCorp.)
"""

from __future__ import annotations

from streams.core.text.normalize import fold, strip_clitics

# Arabic closed-class words: prepositions and those with their pronouns, relatives, demonstratives,
# conjunctions, "to be" and its sisters ("التى", "الى": common misspellings).
ARABIC_FUNCTION_WORDS = """على إلى عن حتى منذ خلال بين حول عند لدى نحو ضمن دون غير بعد قبل فوق تحت أمام
    عليه عليها عليهم إليه إليها إليهم منه منها منهم فيه فيها فيهم عنه عنها عنهم معه معها معهم له لها لهم
    التي الذي الذين اللذين اللتين اللواتي هذا هذه هذين هاتين ذلك تلك هؤلاء أولئك هناك هنا
    كما لكن لكنه لكنها بينما حيث إذا إذ أيضا أيضاً كان كانت كانوا يكون تكون ليس ليست مازال لايزال
    التى الى""".split()
# As the parser and keywords compare words: folded, without a glued conjunction or preposition.
ARABIC_FUNCTION_KEYS = frozenset(strip_clitics(fold(word)) for word in ARABIC_FUNCTION_WORDS)
# The shortest Arabic particles, which the list above leaves to a length test: no name ends on one, and
# a line holding one is a sentence, not a name ("كتبت الصحيفة أن الوزير استقال").
ARABIC_PARTICLES = ("إن", "أن", "إنه", "أنه", "في", "من", "إلى", "عن", "مع", "قد", "لا", "لم", "لن", "ما")
ARABIC_PARTICLE_KEYS = frozenset(strip_clitics(fold(word)) for word in ARABIC_PARTICLES)
# Both: every small word a name, a byline or a tag does not stand on ("على", "في", "أن").
ARABIC_SMALL_WORD_KEYS = ARABIC_FUNCTION_KEYS | ARABIC_PARTICLE_KEYS
# An Arabic present-tense verb as headlines use it: ي + three to five letters ("يلتقي", "يرفع", "ويبتعد"), or
# ت + three ("تحذر", "تعلن"; longer words in ت are mostly nouns: "تقرير", "تعاون"). Keywords skip one (what
# happened, not what about); the parser reads a line holding one as a news headline's.
PRESENT_TENSE_VERB = r"[وف]?(?:ي[\u0621-\u064a]{3,5}|ت[\u0621-\u064a]{3})"
# Honorifics standing for the person they were said of: "سموه" (his Highness), "معاليه" (his Excellency). Neither
# a name nor a keyword.
ARABIC_HONORIFICS = tuple(
    "سموه سموها سموهما معاليه معاليها فخامته فخامتها جلالته جلالتها سعادته سعادتها سماحته فضيلته".split()
)
# Pious formulas said after a name or a fact, which the tagger takes for a person's name for their "الله":
# "الملك عبدالعزيز -رحمه الله-", "-ولله الحمد-".
ARABIC_PIOUS_FORMULAS = (
    "رحمه الله", "رحمها الله", "رحمهم الله", "يرحمه الله", "يرحمها الله", "حفظه الله", "حفظها الله", "يحفظه الله",
    "ولله الحمد", "الحمد لله", "والحمد لله", "بإذن الله", "إن شاء الله", "ان شاء الله", "رضي الله عنه",
    "رضي الله عنها", "صلى الله عليه وسلم", "عليه السلام", "سبحانه وتعالى", "عز وجل", "جل جلاله", "تغمده الله برحمته",
)  # fmt: skip
# The words of a style before a name ("حضرة صاحب الجلالة", "صاحب السمو الملكي الأمير", "معالي الوزير"): a
# keyword of these alone says whom the story names with ceremony, not what it is about.
ARABIC_STYLE_WORDS = tuple(
    "حضرة صاحب صاحبة السمو سمو الجلالة جلالة الملكي المعظم معالي فخامة الأمير الأميرة الملك الشيخ الوزير".split()
)
# Words that join an Arabic name to its next part: "son of", "daughter of", "father of", "servant of",
# "family of" ("سيرغي لافروف" needs none; "فيصل بن فرحان", "أبو مازن", "عبد الله", "آل سعود" do).
ARABIC_NAME_LINKS = ("بن", "بنت", "ابن", "أبو", "ابو", "أبي", "عبد", "آل")

FUNCTION_WORDS = frozenset(
    """the a an and or but nor of to in on at for from by with as is are was were be been being am has have
    had having do does did doing it its this that these those he she they we you i me my mine myself your
    yours yourself him himself his her hers herself them themselves their theirs us our ours itself not no
    will would can could may might must shall should which who whom whose what when where while why how
    whether there here than then so if because since until unless although though through above below
    about after before over under into onto upon toward towards against between among within without
    across during around via per off out up down again further once now still yet ever never always often
    already even much many few each every both either neither any none some all such only very too also
    just own same other others another including according several
    however meanwhile despite equally additionally furthermore moreover instead overall currently previously
    recently finally initially ultimately similarly notably indeed unfortunately fortunately nevertheless
    nonetheless thus therefore hence otherwise perhaps maybe thousands hundreds dozens millions
    i'd i've i'm i'll you're you've we're we've they're they've it's that's there's he's she's let's
    don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't
    le la les l un une des du de d et ou mais donc or ni car à au aux en dans par pour sur sous avec sans
    chez vers contre entre pendant depuis selon après avant est sont été être avoir a ont il elle ils elles
    on nous vous je tu me te se lui y leur leurs ce cet cette ces qui que quoi dont où ne pas plus moins
    très aussi son sa ses mon ma mes ton ta tes notre nos votre vos soi cela ceci ça celui celle ceux
    celles tout tous toute toutes chaque quand comment pourquoi si non oui bien encore déjà toujours
    jamais ici là comme lors autre autres même mêmes était étaient avait sera seront va vont eu peut
    peuvent doit more most s'il qu'il qu'elle c'est n'est j'ai d'un d'une l'on""".split()
)

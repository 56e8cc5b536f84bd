"""The kinds of line that are not speech when they stand alone, as a table of patterns tried
in order (furniture.py's `line_kind` reads a line with it): rules and page markers, links,
footnotes, sounds, end markers, credits, bylines, dates, captions, share lines, notes and
the rest a web page, a publisher's file, a broadcast or an interview record brings."""

from __future__ import annotations

import re

from qcode.ingest.lazyre import lazy
from qcode.ingest.person import SELF_OR_GROUP_WORDS
from qcode.ingest.photolines import PHOTO_LINES

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# what ends an editors' `Names have been changed`: the sentence's end, or why and where
# (`for her safety`, `at her request`, `in this interview`), not `changed in our town since`
_FOR_THE_READER = (r"(?=\s*(?:[.;,:)*_]|$|for\b|to\s+protect|at\s+(?:the|her|his|their)\b|"
                   r"(?:up)?on\s+request|throughout|in\s+(?:this|the)\s+(?:interview|"
                   r"article|text|transcript|story|piece|report|book|testimony|translation)|"
                   r"(?:and|from|into|by|with|where)\b))")
# what transcribers put in brackets that was heard, not said: `[Laughter]`, `(Applause)`
SOUNDS = frozenset({
    "laughs", "laughter", "laughing", "music", "applause", "crosstalk", "inaudible",
    "unintelligible", "silence", "pause", "paused", "sighs", "sigh", "cries", "crying", "coughs",
    "noise", "overlapping", "break", "foreign", "audio", "redacted", "beep",
    # what subtitles for the deaf write in capitals, as they write a speaker's name
    "chuckles", "chuckling", "gasps", "whispers", "whispering", "sobbing", "sobs", "sniffles",
    "groans", "screams", "shouting", "shouts", "exhales", "inhales", "clears", "speaking",
    "singing", "sings", "humming", "cheering", "cheers", "clapping", "indistinct", "muffled",
    "static", "knocking", "footsteps", "sirens", "siren", "wind", "thunder", "engine"})
_SOUND = "|".join(sorted(SOUNDS))
# words in square brackets that never name a speaker: the sounds, and a transcriber's marks
STAGE = SOUNDS | {"korean", "english", "chinese", "video", "photo", "image", "name", "place",
                   "sic", "emphasis", "cut", "end"}
# `end` (of the interview) in French, Spanish, Portuguese, Italian, German, Dutch, Russian,
# Korean, Japanese, Chinese: the words an NGO or a publisher closes a testimony with (not
# the Italian `Fine` alone: the English answer `Fine.`)
_END_ABROAD = (r"fin (?:de l['’]|du |de la |des )(?:entretien|interview|entrevue|témoignage|"
               r"enregistrement|transcription|récit|document|extrait|entrevista|testimonio|"
               r"grabación|transcripción)|fin|"
               r"fim (?:da |do )(?:entrevista|depoimento|testemunho|gravação)|fim|"
               r"fine (?:dell['’]|della |del )(?:intervista|testimonianza|registrazione)|"
               r"ende (?:des |der )(?:interviews?|gesprächs|zeugnisses|aufnahme|transkripts?|"
               r"aussage)|ende|einde (?:van (?:het|de) )?(?:interview|gesprek|getuigenis)|einde|"
               r"конец (?:интервью|записи|беседы|свидетельства)|конец|"
               r"(?:인터뷰|면담|증언|녹취|대담) ?끝|끝|終わり|おわり|完|終|结束|結束")
PAGE_NUMBER = lazy(r"^\s*(?:[-–—]{1,2}\s*\d{1,4}\s*[-–—]{1,2}|page\s+\d{1,4}(?:\s*(?:of|/)\s*"
                          r"\d{1,4})?|(\d{1,4})\s+/\s+(\d{1,4}))\s*$", re.I)
RULE = lazy(r"^\s*(?:[-*_=~•·–—―─━]\s*){3,}$")  # a separator line: `---`, `* * *`, `———`
# a clock time as records write it: `11:05`, `11.05`, `11:05hrs`, `11:05 a.m.`
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:h|hrs?|hours|[ap]\.?m\.?))?"
# (kind, pattern) in order; each applies to a short line on its own (at most 30 words)
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("rule", RULE),
    # an e-book's page-break anchor, no text: pandoc's `[]{#page_143 .pagebreak}`, an
    # EPUB's `<span id="p143" epub:type="pagebreak"/>`
    ("page marker", lazy(r"^\[[^\[\]]{0,12}\]\{#[^{}]{1,120}\}$|^<(?:a|span)\b[^<>]{0,300}"
                         r"\b(?:id|name)=[^<>]{0,300}>(?:\s*</(?:a|span)>)?$")),
    ("link", lazy(r"^\W*(?:https?://|www\.)\S+\W*$|^\W*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|"
                  r"^!?\[[^\]]*\]\([^)\s]*\)\W*$", re.I)),  # a Markdown image or link
    ("footnote", lazy(r"^\s*(?:\[\d{1,3}\]|\[\^\w+\]:|\^\d{1,3}|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
                      r"\s*\S")),
    ("sound", lazy(rf"^\W*[\[(]\s*(?:{_SOUND})\b[^\])]{{0,40}}[\])]\W*$|"
                   r"^\s*[♪♫]", re.I)),  # music, or lyrics sung: `♪ (soft piano) ♪`
    ("end", lazy(r"^\W*(?:end of (?:the )?(?:interview|transcript|recording|session|tape|"
                 r"part|conversation|record|file|document|testimony|statement|excerpt)"
                 r"(?: (?:\d{1,3}|[ivx]{1,4}|one|two|three|four|five)(?: of \d{1,3})?)?"
                 r"(?:,? side [a-d12])?"  # a tape's side; a record's number, `T-2014-0871`
                 r"(?:\s*[:#]?\s*(?:no\.?\s*|number\s+)?[A-Z]{0,4}[\w./-]{0,20}\d[\w./-]{0,20})?|"
                 r"(?:the )?(?:recording|interview|tape|session) "
                 r"(?:ends|ended|stops|stopped)|the end|end|fin)\W*$", re.I)),
    # a meeting app's line of its own (Microsoft Teams: `Mirela Voss started transcription`,
    # `Kim (Guest) stopped transcription`, `Recording stopped`; Google Meet's `Meeting ended
    # after 00:12:41 👋` and its closing `This editable transcript was computer generated and
    # might contain errors...`): no one said it
    ("system", lazy(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([A-Z][a-z]+\))? "
                    r"(?:started|stopped) (?:transcription|recording)$|"
                    r"^(?i:(?:transcription|recording) (?:has )?(?:started|stopped))$|"
                    r"^(?i:(?:meeting|call|transcription|recording) (?:ended|stopped) "
                    r"after \d{1,2}:\d{2}(?::\d{2})?)\W*$|"
                    r"^(?i:this (?:editable )?transcript (?:was|is|has been) (?:computer|"
                    r"automatically|machine|auto)[ -]?generated\b)")),
    # du témoignage.`, `Fin de l'entretien`, `Ende des Interviews`, `Fin de la entrevista`,
    # `Fim da entrevista`, `Конец интервью`, `(끝)`, `인터뷰 끝`, `— 끝 / End —`, `（完）`
    # a page number a Word file converted from a PDF keeps as a paragraph of its own, between
    # the halves of an answer (`— 27 —`, `- 27 -`, `Page 27 of 40`, `27 / 40`; text files
    # lose them earlier: pages.py); not a bare number, which may answer `How old were you?`
    ("page number", PAGE_NUMBER),
    ("end", lazy(rf"^\W*(?:{_END_ABROAD})(?:\s*[/|–—-]\s*(?:the )?end)?\W*$", re.I)),
    # the end said, then who transcribed it: `End of transcript. Transcribed by H. Moon.`
    ("end", lazy(r"^\W*(?:end of (?:the )?(?:interview|transcript|recording|session|tape|"
                 r"conversation|testimony)|(?:the )?(?:recording|interview|tape|session) "
                 r"(?:ends|ended|stops|stopped))\s*[.;|–—]\s+\S", re.I)),
    # the heading of one interview among several (`Interview 7`, `Testimony no. 12: Hyesan`,
    # `SESSION 2 — 9 June`): after the last answer, the next interview begins
    # (`Transcript 3.3: Mr. Gang, 51, ...`, `Interview C.1: ...`: an annex's numbering, a
    # title's full stop)
    ("interview heading", lazy(
        r"^\W*(?:interview|testimony|case|transcript|record|session|tape)\s+(?:no\.?\s*|number"
        r"\s+|#\s*)?(?:[A-Z][.-])?\d{1,4}(?:\.\d{1,3})?[a-z]?\b(?:\s*[:.,;–—-]\s*"
        r"(?:\b(?:Mrs?|Ms|Dr)\.|[^.?!]){0,80})?\W*$", re.I)),
    # a figure's or table's title, as a report's PDF sets it at a page break, inside an
    # answer of its transcripts (`Figure 7. Payments reported by interviewees`, `Table 3:
    # ...`, `Chart 2 - ...`, `Figure 3.1 Prices`); not the speech of a group called `Table
    # 3` (`Table 3: We talked about...`: a speaker's I, we, you), nor a question, nor a
    # line that goes on (`,` `;` at its end). A wrapped answer line that happens to open
    # `Figure 8. That is what...` and end a sentence is taken for one (none seen)
    ("figure", lazy(
        r"^\W*(?i:figure|fig\.|table|chart|graph|map|diagram|exhibit|infographic)\s+[A-Z]?"
        r"(?:\d{1,3}[a-z]?\s*[.:–—|-]|\d{1,3}\.\d{1,3}[a-z]?\.?)\s+"
        rf"(?![^\n]*\b(?:{SELF_OR_GROUP_WORDS}|[Yy]ou|[Yy]our)\b)"
        r"[A-Z(\"“‘'][^?]*[^?,;:\s-]\s*$")),
    # a description in square brackets, alone on its line (`[wind blowing]`, `[Door
    # slams]`, `[Phone rings, tape stopped]`): what was heard or seen, as transcribers and
    # subtitles for the deaf write it. Not a name (`[Ms. Yoon]`, `[HAN]`: every word
    # capitalised), not `[Interviewer: Why?]`
    ("sound", lazy(r"^\s*\[\s*(?:[a-z][a-z'’-]*(?:[,;]?\s+[a-z][a-z'’-]*){0,6}|"
                   r"[A-Z][a-z'’-]*(?:[,;]?\s+[a-z][a-z'’-]*){1,6})\s*\][.!]?\s*$")),
    # a publisher's correction under the text: `Update, 12 May 2023: An earlier version of
    # this interview gave Mr. Bae's age as 56.`, `Correction: This article misstated...`
    ("correction", lazy(
        r"^\W*(?:update[ds]?|correction|clarification|erratum)\b[^:：.!?]{0,40}[:：–—]\s*"
        r"(?=.{0,200}?\b(?:an? earlier version|this (?:article|interview|story|piece|report|post|"
        r"transcript|page)|(?:was|were|has been|have been) (?:corrected|updated|amended)|"
        r"incorrectly|misstated|misspel(?:led|t)|misidentified)\b)", re.I)),
    # text on the screen, not said: `ON SCREEN: Hyesan, 2016`, `Title card: Ten years later`
    ("on screen", lazy(r"^\W*(?:(?:text )?on[- ]?screen(?: text| caption| title)?|"
                       r"screen text|title card|lower third|chyron|super(?:imposed)?"
                       r"(?: text)?)\s*[:：–—-]\s*\S", re.I)),
    # a back-matter heading: notes, sources, a glossary of the terms the interview uses
    ("notes", lazy(r"^\W*(?:notes?|footnotes?|endnotes?|references?|sources?|"
                   r"glossary(?: of (?:terms|korean (?:terms|words)))?|key terms|"
                   r"abbreviations|terms used|a note on (?:terms|names|sources|"
                   r"romani[sz]ation|transliteration))\W*$", re.I)),
    # the heading of the researcher's own notes after the interview (`Field notes`, `Notes
    # after the interview`, `Interviewer's notes`, `Post-interview memo`): first-person
    # observations full of the interview's themes, never the respondent's words
    ("field notes", lazy(
        r"^\W*(?:(?:my |the )?(?:field(?:work)?|interviewer['’]?s?|researcher['’]?s?|"
        r"post[- ]interview|observation(?:al)?|contact|debriefing)\s?(?:notes?|memos?|"
        r"reflections?)|fieldnotes|(?:notes?|memos?|reflections?|observations?) (?:written |"
        r"taken |made )?(?:after|on|following) (?:the |this )?(?:interview|session)|"
        r"(?:analytic(?:al)?|research) memos?)"
        r"(?:\s*\([^()\n]{1,60}\))?\W*$", re.I)),
    # a callout a note-taking app exports as a quote with an emoji (`> 💡 Follow up: ...`,
    # `> ⚠️ Check the date`): the interviewer's or editor's note, not speech
    ("note", lazy(r"^\s*>\s*(?:\*\*)?[\u2139\u2600-\u27bf\U0001f300-\U0001faff]")),
    # an advertisement's slot in a news page: `Advertisement`, `Story continues below
    # advertisement`, `Continue reading the main story`
    ("ad", lazy(r"^\W*(?:advertisement|advertising|sponsored(?: content)?|"
                r"(?:the )?(?:story|article) continues (?:below|after)(?: (?:this|the))?"
                r"(?: advertisement| ad)?|continue reading(?: the main story| below)?|"
                r"scroll (?:down )?to continue(?: with content| reading)?)\W*$", re.I)),
    ("related", lazy(r"^\W*(?:related(?: articles| stories| posts| reading)?|read more|"
                     r"see also|more (?:from|in|on) this \w+|you (?:may|might) also like|"
                     r"recommended(?: for you)?|most read)\W*$|"
                     r"^\W*(?:related|tags?|topics?|filed under|categories|keywords|"
                     r"read (?:more|next|also)|(?:coming )?(?:in (?:the|our) )?next (?:issue|"
                     r"edition|number))\s*:", re.I)),  # a newsletter's `Next issue: ...`
    # a comment section: its heading, its buttons, `Min-jun says:` over each comment
    ("comments", lazy(r"(?i:^\W*(?:\d+ (?:comments?|responses?|replies)|comments?"
                      r"(?: \(\d+\))?|leave a (?:comment|reply)|(?:log|sign) ?in to "
                      r"(?:reply|comment)|(?:add|post|write) a comment|join the "
                      r"(?:conversation|discussion)|reply|report(?: this)?(?: comment)?|"
                      r"discussion about this (?:post|article|episode))\W*$)|"
                      r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} says:$")),
    # an author box: `About the author`, `Daniel Cho is a reporter at Korea Street Journal.`,
    # `Ana Ruiz covers migration for The Ledger.`
    ("author", lazy(r"(?i:^\W*(?:about the (?:author|writer|reporter)s?|(?:the )?authors? "
                    r"bio(?:graphy)?)\W*$)|"
                    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:is|was) (?:an?|the) (?:[\w'’-]+ ){0,3}"
                    r"(?:reporter|journalist|writer|editor|correspondent|contributor|"
                    r"columnist|freelancer|photographer|producer)\b|"
                    # `Ana Ruiz covers migration for The Ledger.`, `... can be reached at`
                    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:covers|writes about|"
                    r"reports on|reports from) [^.!?]{1,60}? for (?:the )?[A-Z]|"
                    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:can|may) be (?:reached|"
                    r"contacted) (?:at|on|via)\b")),
    ("caption", lazy(
        r"^\s*[▲△▶►]\s*\S|"  # the Korean press's photo caption: `▲ Mr. Jang speaks...`
        r"^\W*(?:photo|image|picture|caption|pictured)\s*[:|–—(-]|"
        rf"{PHOTO_LINES}|"  # a news site's `Image source, ...` / `Image caption, ...`
        r"^\W*(?:above|below|top|left|right)\s*[:(]|"
        r"\((?:photo|image|picture|credit)[^)]*\)\W*$|^\[(?:photo|image|video)[^\]]*\]$|"
        r"^.{0,200}?\b(?:photo|image|picture)(?: by| credit| courtesy(?: of)?)?\s*:\s*"
        r"[^.!?:]{1,60}$",
        re.I)),
    ("credit", lazy(
        r"^\W*(?:(?:interview(?:ed)?|(?:english |korean )?translat(?:ed|ion)"
        r"(?: (?:from|into) \w+)?|edit(?:ed|ing)|"
        r"produc(?:ed|tion)|"
        r"transcri(?:bed|ption|pts?)|report(?:ed|ing)|written|photo(?:graph)?s?|images?|video|"
        r"filmed|illustrat(?:ed|ion)|narrat(?:ed|ion)|compiled|prepared)(?: and \w+)? by\b|"
        # a hosting site's or a tool's footer: `Transcript powered by Podhost`, `Captions
        # generated automatically by ...`, `Transcription provided by ...`
        r"(?:(?:auto(?:matic|mated)?[ -])?transcri(?:pts?|ption|bed)|captions?|subtitles?) "
        r"(?:(?:is |are |was |were )?(?:automatically |auto-)?(?:powered|generated|provided|"
        r"created|produced|made|done)) (?:by|with|using)\b|"
        r"(?:closed )?(?:caption(?:ing|s|ed)|subtitl(?:es|ing|ed))(?: (?:made possible|provided|"
        r"sponsored|funded|paid for))? by\b|"
        r"(?:editors?|photographers?|producers?|camera|"
        # `Photograph: Callum Oyelaran.` as well as `Photo: ...`
        r"photo(?:graph)?s?|image|video|illustration|reporting|writer|author|credits?|source|"
        r"recorded|recording date|date of (?:the )?(?:interview|recording)|interview date|"
        r"transcription|translation|번역)\s*[:|–—-]|recorded (?:on|in|at)\b|"
        r"editor'?s note|(?:this|the) (?:interview|conversation|transcript|text|testimony) "
        r"(?:has been|was|is) (?:edited|translated|condensed|lightly|shortened|abridged|"
        r"conducted|recorded|carried out)|"
        r"(?:this|the) (?:interview|testimony|conversation) is (?:one )?part of (?:a|an|our|the)\b|"
        r"interviews? (?:was |were )?conducted (?:in|by|on|at|over)\b|"
        r"this is part of (?:a|our|the) (?:series|project|collection)|"
        r"copyright|©|\(c\) \d|all rights reserved|"
        # a Korean, Japanese or Chinese outlet's copyright line: `ⓒ 한빛일보, 무단전재 및
        # 재배포 금지`, `<저작권자 © ...>`, `無断転載禁止`, `版权所有`
        r"[ⓒⒸ]|저작권자|무단\s?(?:전재|복제|배포)|無断(?:転載|複製)|版[权權]所有|未经授权)", re.I)),
    # what the editors say about the text or the person: never how a respondent speaks
    ("editorial note", lazy(
        r"^\W*(?:(?:translator|editor|publisher|transcriber)['’]?s\s+note|"
        # the same in Korean, Chinese, Japanese: `역자 주:`, `옮긴이 주`, `통역 주` (the
        # interpreter's), `譯者註：`, `訳注`, `通訳注`
        r"(?:역자|옮긴이|번역자|편집자|통역(?:자|사)?|기자)\s*주|역주|"
        r"(?:译者|譯者|编者|編者|訳者|通訳|口译|口譯)\s*[注註]|[訳译譯][注註]|"
        # French, Spanish, German: `N.d.T.`, `Note du traducteur`, `N. del T.`, `Anm. d. Übers.`
        r"n\.\s?d\.\s?[tré]\.?|note (?:du|de la|de l['’]) ?(?:traduct(?:eur|rice)|"
        r"interprète|rédaction)|n\.\s?del\s?[te]\.?|nota del (?:traductor|intérprete|editor)|"
        r"anm\.\s?d\.\s?(?:übers|red|hrsg)\.?|anmerkung de[rs] (?:übersetzer(?:in|s)?|"
        r"dolmetscher(?:in|s)?|redaktion))"
        r"\s*[:：\])–—-]|"
        r"^\W*(?:note\s*[:–—-]\s*)?(?:"
        # `Her name has been changed`, `Names and some details have been withheld`
        r"(?:(?:her|his|their|all|some|the|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*['’]s?)"
        r"\s+)?(?:real\s+|full\s+|"
        r"(?:inter)?viewees?'?s?\s+|respondents?'?s?\s+)?names?(?:\s+and\s+[\w\s]{1,40}?)?"
        r"\s+(?:has|have|had)\s+been\s+(?:changed|withheld|omitted|altered|abbreviated)"
        rf"{_FOR_THE_READER}|"
        # `The interviewee asked that her town not be named`
        r"(?:the\s+)?(?:interviewee|respondent|defector|speaker|narrator|participant)s?"
        # (what the editors report, not `The speaker asked everyone to write...`)
        r"\s+(?:(?:asked|requested|agreed)\s+(?:that|not|for|to\s+(?:be|remain|not|use|"
        r"withhold|keep|have|go|speak|appear|share|tell))|"
        r"(?:wished|preferred|chose|declined)\s+(?:to|not|that))\b|"
        # `Responses have been edited for length`
        r"(?:the\s+)?(?:answers|responses|quotes|quotations|remarks|comments|replies|"
        r"questions|excerpts)\s+(?:have\s+been|were|are)\s+(?:lightly\s+)?(?:edited|"
        rf"condensed|translated|shortened|abridged|paraphrased){_FOR_THE_READER}|"
        # `Some details have been changed`
        r"(?:some\s+|identifying\s+|personal\s+|other\s+)?(?:details|places|locations|"
        r"dates|place names)\s+(?:have\s+been|were|are)\s+(?:changed|withheld|omitted|"
        rf"altered|removed|disguised){_FOR_THE_READER})", re.I)),
    # `Note: Sinpo is a port city.`, `[N.B.: ...]`: the editors' context (a label used as a
    # speaker is never `Note`: labels.py)
    ("note", lazy(r"^\W*(?:Notes?|NOTES?|N\.\s?B\.?|(?:Foot|End)notes?)\s*[:：–—]\s*\S")),
    # a call to the reader (at the start), not speech about watching films
    ("social", lazy(
        r"^\W*(?:(?:watch|see|listen to|read) (?:the|this|our)(?: full| whole| complete)? "
        r"(?:video|interview|film|documentary|podcast|series|story|article|report)|"
        r"subscribe|follow us|like us|"
        r"share this|click here|support our work|sign up)\b|"
        # a newsletter's stock line under the post: `Thanks for reading North Wind Letters!
        # Subscribe for free to receive new posts...`, `... This post is public so feel free`
        r"^\W*thanks for reading\b.{0,80}?!\s+(?:subscribe (?:for free|now)|this post is "
        r"public|consider (?:becoming a paid subscriber|subscribing))\b|"
        r"\bon our (?:youtube|website|channel|page|podcast)\b|\byoutube channel\b|"
        # a donation appeal: `Your gift helps people like Ha-eun...`, a sentence then its
        # button (`... a new life. Donate now`), or the button alone (`Donate today`)
        r"^\W*your (?:gift|donation|contribution|support)s?\b(?: of \S{1,12})? "
        r"(?:helps?|can|could|will|makes?|means?|goes|supports?|provides?)\b|"
        r"(?:[.!]\s+(?:donate|give|make a (?:gift|donation)|support (?:us|our work))"
        r"(?:\s+(?:now|today|monthly|here))?|^\W*(?:donate|give|make a (?:gift|donation))"
        r"\s+(?:now|today|monthly|here))\s*[›»→>]?\s*$", re.I)),
    ("date", lazy(
        rf"^\W*(?:(?:published|posted|updated|last updated|date)\b.{{0,40}}|"
        rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
        rf"{_MONTH}\s+\d{{4}})|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|"
        rf"\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})\W*$", re.I)),
    ("byline", lazy(r"^By\s+[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}"
                    r"(?:\s*[|·•–—]\s*[^.!?]{1,40})?\W*$|"  # `By Kim Ji-su | 3 March 2021`
                    r"^[-–—~]{1,2}\s?(?:[A-Z]\.\s?){1,4}$")),  # the writer's initials: `- G.L.`
    # a note in brackets on its own line that says the text ends: `[Excerpt ends here. Pages
    # 14-38 are available...]`, `(Whereupon the hearing was adjourned.)`, `[end of portal
    # transcript]`, `[End of second interview]`
    ("end", lazy(r"^\s*[\[(]{1,2}\s*(?:whereupon,?\s+)?(?:(?:the\s+)?(?:excerpt|extract|"
                 r"recording|tape|interview|transcript|testimony|hearing|session|meeting)\s+"
                 r"(?:ends|ended|stops|stopped|concludes|concluded|(?:is|was|stands)\s+"
                 r"(?:adjourned|concluded|closed))|end\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:excerpt|extract|"
                 r"recording|interview|transcript|testimony|hearing|session))"
                 r"\b[^\[\]()]*[\])]{1,2}[.!]?\s*$", re.I)),  # `((recording stopped))` too
    # a broadcast script's sound cue (`NAT SOUND: water, wind`, `SFX: door`) and the end of
    # its copy (`###`, `-30-`)
    ("sound", lazy(r"^\W*(?:nat(?:ural)?\s+sound|nats|ambi(?:ence|ent\s+sound)|sfx|"
                   r"sound\s+effects?)\s*[:–—-]", re.I)),
    # and a radio script's, wholly in capitals: `ACTUALITY: MARKET NOISE`, `MUSIC: ...` (read
    # as a label used once, the market noise was an answer)
    ("sound", lazy(r"^\W*(?:ACTUALITY|ATMOS|MUSIC|STING|JINGLE)\s*[:–—-]\s*"
                   r"[A-Z0-9 ,'’./&()-]*$")),
    ("end", lazy(r"^\s*(?:#\s*){3}$|^\s*-\s*30\s*-\s*$")),
    # an interview record's procedure (an asylum, police or tribunal record), the officer's
    # words alone on a line: a break with its clock times (`Break 11:05 - 11:20.`, `Short
    # break taken at 11.05`), the interview paused or resumed (`Interview resumed at
    # 11:20.`); an answer says `we took a break at...` inside a sentence, never this alone;
    # and a committee's (`The Committee suspended.`, `Sitting suspended for a Division in the
    # House.`, `The Committee adjourned.`)
    ("procedure", lazy(
        rf"^\W*(?:(?:short |comfort |lunch |tea )?(?:break|recess|adjournment)(?: taken)?"
        rf"(?: (?:at|from))?\s*[:–—-]?\s*{_CLOCK}(?:\s*(?:-|–|—|to|until|till)\s*{_CLOCK})?|"
        r"(?:the )?(?:interview|session|hearing|recording|(?:sub-?)?committee|sitting) "
        r"(?:was )?(?:paused|suspended|adjourned|resumed|restarted|recommenced|reconvened)"
        rf"(?: at)?(?:\s*{_CLOCK})?(?: for (?:a |the )?divisions? in the House)?)"
        r"[.;]?\s*$", re.I)),
    # its close: the end time (`End time: 11:48. The record was read back...`), the
    # interview concluded at a time, the record read back to the person interviewed: the
    # interview is over, and what follows the last answer is the record's, not speech
    ("end", lazy(
        rf"^\W*(?:(?:interview )?(?:end|finish(?:ing)?|closing|close) time\s*[:–—-]?\s*{_CLOCK}|"
        r"(?:the )?(?:interview|session|hearing) (?:was )?(?:ended|ends|concluded|closed|"
        rf"finished|terminated) at\s*{_CLOCK}|"
        r"(?:the )?(?:(?:interview )?record|interview notes|statement|transcript|answers)"
        r"(?: of (?:the )?interview)? (?:was|were|has been|have been|had been) read "
        r"(?:back|over|out)\b)", re.I)),
    # its signature line, blanks to sign on: `Signed: ______ (EO)   ______ (APP)`, `Signature
    # of the applicant: ..........` (read as a label used once: words of the last turn)
    ("signatures", lazy(r"^\W{0,3}(?:signed|signatures?)\b[^_:：.]{0,60}(?:[:：][ \t]{0,20})?"
                        r"(?:_{3,}|\.{5,})", re.I)),
    # a radio documentary's heading over an archive recording or a document read aloud,
    # wholly in capitals: `EXTRACT FROM STATE RADIO BROADCAST (TRANSLATED)`, `ARCHIVE: KCTV
    # NEWS, 2019` (its closing bracket kept it from being a heading: read into the answer)
    ("extract", lazy(r"^\s*(?:(?:EXTRACT|EXCERPT|ARCHIVE (?:CLIP|RECORDING|TAPE|EXTRACT|"
                     r"FOOTAGE))(?: FROM| OF)?|ARCHIVE(?=\s*[:–—-]))(?=[\s:–—-]|$)"
                     r"[A-Z0-9 ,'’./&:()#–—-]{0,100}$")),
    # a time stamp alone on its line (`[00:05:00]`, `01:12:44`; not `4:30`, which may answer
    # `When?`), as archives mark the tape every few minutes, in an answer too: no words
    ("time stamp", lazy(r"^\s*(?:[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]|"
                        r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)\s*$")),
    # a broadcast transcript's direction, wholly in capitals in brackets on its own line:
    # `(BEGIN VIDEOTAPE)`, `(END VIDEO CLIP)`, `(COMMERCIAL BREAK)`, `[CROSSTALK]`; and the
    # Government Publishing Office's place of an image it left out: `[GRAPHIC] [TIFF OMITTED]`
    ("direction", lazy(r"^\s*(?:\((?=[^)]*[A-Z]{2})[A-Z0-9 ,'’./&#-]{2,60}\)|"
                       r"\[(?=[^\]]*[A-Z]{2})[A-Z0-9 ,'’./&#-]{2,60}\])[.!]?\s*$|"
                       r"^\s*\[GRAPHIC\]\s*\[TIFF OMITTED\]")),
    # a stage direction or a transcriber's note, wholly in brackets on its own line, of three
    # words or more: `[The witness pauses.]`, `(The hearing was suspended at 11.05 a.m.)`;
    # not a label in brackets (`[Interviewer: ...]`: interjections.py) nor a name (`[Ms. Yoon]`),
    # nor words someone says (`(I was born in Hyesan.)`, a translation under the original: a
    # stage direction speaks of people in the third person)
    ("note", lazy(rf"^\s*(?![\[(][^\])]*\b(?:{SELF_OR_GROUP_WORDS}|[Yy]ou|[Yy]our)\b)"
                  r"(?:\[(?![^\]]*:\s)(?=\s*\S+\s+\S+\s+\S)[^\[\]]{1,250}\]|"
                  r"\((?![^)]*:\s)(?=\s*\S+\s+\S+\s+\S)[^()]{1,250}\))[.!]?\s*$")),
]

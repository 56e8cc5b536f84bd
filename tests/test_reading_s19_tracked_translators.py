"""Session 19 (eval27, second branch): a Word file's tracked changes and comments as pandoc's
`--track-changes=all` spans (pandocspans.py), a chat interview with a translator in the group
and an iPhone export's system lines under the admin's name (chatrenderings.py, chats.py), and
a bracketed note by the translator a credit line names (records.py). Each shape on fixtures
of its own in other words than eval27's (tests/data/layouts/), with a near miss that must
read as before."""

from __future__ import annotations

from pathlib import Path

from tests.test_word_subtitles import messages, turns

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def test_pandoc_spans_deleted_never_read_inserted_read_comment_out():
    """A label replaced (deleted `Respondent:`, inserted `Mrs. Pak:`), a place name and a
    sentence over three lines deleted, an insertion over two lines, and a comment in
    pandoc's own form (its text inside the comment-start span, the words it comments
    after): only the accepted text is read, the comment's text nowhere."""
    path = LAYOUTS / "pandoc-tracked-changes-real.md"
    assert turns(path) == [
        ("(preamble)", "other", "*Word file converted with pandoc (changes and comments kept).*"),
        ("Interviewer", "interviewer", "Where were you living in 1997?"),
        ("Mrs. Pak", "respondent", "In a mining town. We ate corn porridge and then only once "
         "a day. My husband brought home coal dust to sell."),
        ("Interviewer", "interviewer", "Did the mine pay wages?"),
        ("Mrs. Pak", "respondent", "No wages after 1995. The foreman let people go to the "
         "market if they gave him a share."),
    ]


def test_pandoc_like_spans_of_other_classes_stay_as_typed():
    """`[dried]{.underline}`, `[deletion]{.smallcaps}`, `[laughs]` and a link are no tracked
    changes: read as before, brackets and all."""
    path = LAYOUTS / "pandoc-spans-near-miss.md"
    said = [text for _, role, text in turns(path) if role == "respondent"]
    assert said == [
        "Squid and [dried]{.underline} mushrooms. [laughs] The [border "
        "guards](https://example.org/guards) took squid.",
        "A small notebook, [deletion]{.smallcaps} of old pages every month so nobody could "
        "read it.",
    ]


def test_chat_interpreter_renders_for_the_respondent():
    """An Android export: the interpreter says he interprets; `He says:` (the one sender left
    when he and the asker are set aside) and `Chol writes:` (a word of `Kim Chol`) are Kim
    Chol's, the mark no word of them, a line under a rendering goes on with it; the
    interpreter's own messages (and the line under one) are context."""
    path = LAYOUTS / "whatsapp-interpreter-renderings.txt"
    kim, maria = "Kim Chol", "Maria Lopez"
    assert [(who, role, text[:40]) for who, role, text in turns(path)] == [
        ("(system)", "other", "Messages and calls are end-to-end encryp"),
        ("(translator)", "other", "Good evening. Mr Kim is here with me. He"),
        ("(translator)", "other", "It may take some minutes each time."),
        (maria, "interviewer", "Thank you both. Mr Kim, what work did yo"),
        (kim, "respondent", "I drove a truck for a trading company, c"),
        (kim, "respondent", "yes truck"),
        (maria, "interviewer", "Who took the money at the checkpoint?"),
        (kim, "respondent", "The soldiers at the post. Their officer "),
        ("(translator)", "other", "Sorry, my phone was slow."),
        (maria, "interviewer", "Did you ever refuse to pay?"),
        (kim, "respondent", "never"),
        (maria, "interviewer", "Thank you, that is all for tonight."),
    ]
    assert turns(path)[4][2].endswith("Every trip the checkpoint took cigarettes, two packs, "
                                      "sometimes money.")
    assert messages(path)[0] == (
        "2: read 'Ji-ho Seo' as a translator in the chat: renderings opening `She writes:` or "
        "the like read as the words of whom they render (2 renderings as Kim Chol's), the "
        "translator's own messages as context; check these messages")


def test_ios_chat_interpreter_by_name_and_admin_system_lines():
    """An iPhone export without left-to-right marks: `Ana Lim created group`, `Ana Lim added
    X and Y`, `Ana Lim removed X` under the sender `Ana Lim (interpreter)` are system lines;
    her `Translation:` messages are Kwon Hye-jin's; her welcome is context."""
    path = LAYOUTS / "whatsapp-ios-interpreter-translation.txt"
    kwon, tom = "Kwon Hye-jin", "Tom Berg"
    assert [(who, role, text[:30]) for who, role, text in turns(path)] == [
        ("(system)", "other", 'Ana Lim created group "Kwon in'),
        ("(system)", "other", "Ana Lim added Tom Berg and Kwo"),
        ("(translator)", "other", "Welcome both. Hye-jin writes i"),
        (tom, "interviewer", "Hye-jin, when did you first he"),
        (kwon, "respondent", "At a wedding in 2009. Someone "),
        (kwon, "respondent", "네 맞아요"),
        (tom, "interviewer", "Were you afraid to listen?"),
        (kwon, "respondent", "Yes. The inminban head lived n"),
        (tom, "interviewer", "Thank you, Hye-jin. Shall we s"),
        ("(system)", "other", "Ana Lim removed Tom Berg"),
    ]


def test_chat_respondent_quoting_family_is_no_translator():
    """A respondent's `She said: ...` and `He says: ...` quote her family; she never says she
    translates: her words, as before. `Oh Sun-hee added one thing: ...` is her message, not
    a system line (not a name after `added`)."""
    path = LAYOUTS / "whatsapp-quoted-family-near-miss.txt"
    oh = "Oh Sun-hee"
    said = [(who, text[:30]) for who, role, text in turns(path) if role == "respondent"]
    assert said == [
        (oh, "She said: do not come back if "),
        (oh, "He says: go, I will manage the"),
        (oh, "Oh Sun-hee added one thing: my"),
    ]
    assert not any("translator" in m for m in messages(path))


def test_credited_interpreter_notes_are_context():
    """`Interpreted by: Min-seo Kang` above: `(Min-seo: ...)` between turns and `[Min-seo
    Kang: ...]` at the end are her notes, context, though written with `I` and `we`."""
    path = LAYOUTS / "credited-interpreter-note.txt"
    assert [(who, role) for who, role, _ in turns(path)] == [
        ("(interview heading)", "other"), ("(credit)", "other"),
        ("Q", "interviewer"), ("A", "respondent"), ("(note)", "other"),
        ("Q", "interviewer"), ("A", "respondent"), ("(note)", "other")]
    assert turns(path)[6][2] == "The forestry guard. A bundle of wood for him, every week."


def test_other_names_in_brackets_stay_in_the_answer():
    """A bracketed `(Yu-na: ...)` under an answer names no credited translator, and the
    interpreter's name inside a sentence is no note on a line of its own: both read as
    before, in the answer."""
    path = LAYOUTS / "credited-interpreter-near-miss.txt"
    said = [text for _, role, text in turns(path) if role == "respondent"]
    assert said == [
        "My sister's friend. She knew the guard.",
        "(Yu-na: that is what my sister called me, a little name, nobody else uses it.)",
        "Only a bag. [Min-seo: my niece, I mean, not me.] I left the photographs.",
    ]

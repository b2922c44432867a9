"""Text printed on a terminal shows what would otherwise act or hide."""

from app.models.visible_text import VisibleText


def test_invisible_format_characters_are_shown_on_the_terminal():
    # Names that would look identical on screen to "Mutuelle B" or "XY".
    assert VisibleText.for_terminal("Mutuelle\u200bB") == "Mutuelle\\u200bB"
    assert VisibleText.for_terminal("\ufeffX\xadY") == "\\ufeffX\\xadY"
    assert VisibleText.for_terminal("a\u2060b") == "a\\u2060b"
    assert "\U000e0041" not in VisibleText.for_terminal("tag\U000e0041")


def test_letters_that_scripts_need_are_left_alone():
    # Zero-width joiner and non-joiner write Persian and emoji sequences correctly.
    for text in ("می\u200cخواهم", "👩\u200d🌾", "Caisse d'Épargne Señor Ñandú", "مؤسسة"):
        assert VisibleText.for_terminal(text) == text

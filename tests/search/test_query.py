"""What a visitor types, cleaned and parsed (no database)."""

import pytest

from search.query import MAX_LENGTH, clean, parse


def test_control_characters_and_nul_bytes_become_spaces():
    assert clean("fund\x00ing\tgrants\u200b") == ("fund ing grants", False)


def test_a_long_query_is_shortened_and_says_so():
    text, shortened = clean("x" * 10_000)
    assert len(text) == MAX_LENGTH and shortened


def test_the_highlight_markers_cannot_be_typed_into_a_query():
    assert clean("a\ue000b\ue001c")[0] == "a b c"


@pytest.mark.parametrize(
    ("text", "prefix_last"),
    [
        ("prosj", True),
        ("barents prosj", True),
        ('"barents cooperation" fund', True),
        ('"barents cooperation', True),
        ("ab", False),  # too short to be a useful prefix
        ("-fund", False),  # an excluded word stays exact
        ("fund or", False),
        ('"barents cooperation"', False),
        ("fund!", False),
        ("", False),
    ],
)
def test_the_last_word_being_typed_matches_as_a_prefix(text, prefix_last):
    assert parse(text).prefix_last is prefix_last


def test_the_words_of_a_query_leave_out_operators():
    assert parse('"Kirknes office" or -Murmansk').words == ["Kirknes", "office", "Murmansk"]

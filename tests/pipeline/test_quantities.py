"""The quick test of where a figure may start never rejects a token a figure starts at."""

from __future__ import annotations

from dateline.pipeline.quantities import _may_start, lexicon, quantity_at, tokenize


def _first_token_starts(phrase: str) -> bool:
    tokens = tokenize(phrase, 0, len(phrase))
    return _may_start(tokens[0])


def test_every_number_word_qualifier_and_vague_phrase_may_start_a_figure() -> None:
    lex = lexicon()
    phrases = [*lex.number_words, "twenty-five", "a hundred", "one", "and", "42", "1,200"]
    phrases += [" ".join(words) for words in lex.qualifiers.values]
    phrases += [" ".join(words) for words in lex.vague.values]
    assert all(_first_token_starts(p) for p in phrases)


def test_figures_are_still_found_and_other_words_skipped() -> None:
    text = "Gunmen killed at least twenty-five villagers and a hundred and ten soldiers."
    tokens = tokenize(text, 0, len(text))
    starts = {tokens[i].low: q.value for i in range(len(tokens)) if (q := quantity_at(tokens, i))}
    assert starts["at"] == 25 and starts["a"] == 110
    assert not _may_start(tokens[0]) and quantity_at(tokens, 0) is None  # "Gunmen"

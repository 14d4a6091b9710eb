"""Timestamps of input metadata: ISO and Vietnamese day-first forms, read as Vietnam's local time."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.text import parse_timestamp


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-20T10:30:00+07:00", datetime(2024, 5, 20, 10, 30)),
        ("2024-05-20T03:30:00Z", datetime(2024, 5, 20, 10, 30)),  # UTC moved to UTC+7
        ("2024-05-19T20:15:00.000Z", datetime(2024, 5, 20, 3, 15)),  # and to the next day
        ("2024-05-20 10:30", datetime(2024, 5, 20, 10, 30)),
        ("2025-08-21", datetime(2025, 8, 21)),
        ("20/05/2024 10:30", datetime(2024, 5, 20, 10, 30)),
        ("20-5-2024", datetime(2024, 5, 20)),
        ("10:30 20/05/2024", datetime(2024, 5, 20, 10, 30)),
        ("Thứ Hai, 20/05/2024 - 10:30 (GMT+7)", datetime(2024, 5, 20, 10, 30)),
        (1716176000, datetime(2024, 5, 20, 10, 33, 20)),
        ("1716176000", datetime(2024, 5, 20, 10, 33, 20)),
    ],
)
def test_timestamps_in_the_forms_inputs_give(value: object, expected: datetime) -> None:
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize("value", [None, "", "hôm qua", "31/02/2024", "2024-13-01", True, 12, "99999999999", [1]])
def test_what_is_not_a_timestamp_is_none(value: object) -> None:
    assert parse_timestamp(value) is None


@given(st.one_of(st.text(max_size=40), st.integers(), st.floats()))
def test_parse_timestamp_never_raises(value: object) -> None:
    result = parse_timestamp(value)
    assert result is None or (result.tzinfo is None and 1900 <= result.year <= 2200)

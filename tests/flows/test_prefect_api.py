"""The Prefect settings a command's flow runs get: no heartbeats unless the user's settings ask for them."""

from __future__ import annotations

from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    get_current_settings,
    temporary_settings,
)

from flows.prefect_api import no_heartbeats


def test_a_run_sends_no_heartbeats_by_default() -> None:
    assert get_current_settings().flows.heartbeat_frequency is not None  # Prefect's default sends them
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:1/api"}), no_heartbeats():
        assert get_current_settings().flows.heartbeat_frequency is None
        assert get_current_settings().api.url == "http://127.0.0.1:1/api"
    assert get_current_settings().flows.heartbeat_frequency is not None


def test_heartbeats_the_user_configured_are_kept() -> None:
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: 60}), no_heartbeats():
        assert get_current_settings().flows.heartbeat_frequency == 60

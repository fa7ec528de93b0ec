"""The REST API: ``create_app()`` builds the FastAPI application over the event store."""

from dateline.api.app import ApiConfig, create_app

__all__ = ["ApiConfig", "create_app"]

"""Stable GUIDs: the same code id, coding id or transcript id gives the same GUID in every
export, so another tool sees a re-export as the same objects, and qcode can map them back."""

from __future__ import annotations

import re
import uuid

# Fixed for qcode: changing it would change every GUID qcode has ever exported.
NAMESPACE = uuid.UUID("6b0f3c52-6f43-5a4e-9d43-71636f646531")
GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                  r"[0-9a-fA-F]{12}\}?$")


def guid(kind: str, key: str) -> str:
    """uuid5 of (kind, key): kinds keep a code and a transcript with the same id apart."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}\x1f{key}"))


def code_guid(code_id: str) -> str:
    return guid("code", code_id)


def coding_guid(coding_id: str) -> str:
    return guid("coding", coding_id)


def selection_guid(coding_id: str) -> str:
    return guid("selection", coding_id)


def source_guid(transcript_id: str) -> str:
    return guid("source", transcript_id)


def user_guid(name: str) -> str:
    return guid("user", name)


def normal(value: str) -> str:
    """A GUID as compared on import: tools differ in letter case and braces (NVivo writes
    lower case, ATLAS.ti upper case), and REFI-QDA allows both."""
    return value.strip().strip("{}").lower()

"""A working system keyring for subprocess tests: secrets in a JSON file in $HOME, as a desktop
keyring keeps them in the user's profile. Selected with
PYTHON_KEYRING_BACKEND=tests.packaging.home_keyring.HomeKeyring."""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

FILE_NAME = "test-keyring.json"


class HomeKeyring(KeyringBackend):
    priority = 1

    @property
    def _file(self) -> Path:
        return Path(os.environ["HOME"]) / FILE_NAME

    def _read(self) -> dict:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = {**self._read(), f"{service}/{username}": password}
        self._file.write_text(json.dumps(secrets))

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        secrets.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(secrets))

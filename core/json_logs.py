"""LOG_FORMAT=json: each log record as one JSON line, for a log collector to read without parsing text."""

import datetime
import json
import logging

# What every LogRecord has; anything else on a record was given as `extra` and becomes a field of its own.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update((name, value) for name, value in vars(record).items() if name not in _STANDARD)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        # Django adds the request (and runserver its socket) to some records: their text stands for them.
        return json.dumps(line, ensure_ascii=False, default=str)

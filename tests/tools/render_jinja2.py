#!/usr/bin/python3
"""Renders configuration template cases with Jinja2, for the differential test
tests/integration/tst_jinja2 (ConfigTemplate must give the same bytes).

Usage: render_jinja2.py CASES.json RESULTS.json

CASES.json is a list of {"template": str, "variables": {name: str}, "functions": {name: str}};
each function is passed as a callable without arguments that returns its string.
RESULTS.json is a list in the same order, each either {"output": <base64 of the UTF-8 output>}
or {"error": "<exception type>: <message>"}.
"""

import base64
import json
import sys

import jinja2


def render_all(cases):
    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    results = []
    for case in cases:
        context = dict(case.get("variables", {}))
        for name, value in case.get("functions", {}).items():
            context[name] = (lambda v: lambda: v)(value)
        try:
            output = env.from_string(case["template"]).render(context)
            encoded = base64.b64encode(output.encode("utf-8")).decode("ascii")
            results.append({"output": encoded})
        except (jinja2.TemplateError, UnicodeError) as error:
            results.append({"error": f"{type(error).__name__}: {error}"})
    return results


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    results = render_all(cases)
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(results, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# Words shared by the engines (en).

## How sure a rule or a value is: the notice shown next to anything not read in the official text.
confidence-notice-secondary = This rule could not be checked against the official text: it rests on secondary sources that quote it.
confidence-notice-derived = This value was computed from other published values and could not be checked against an official table.
confidence-notice-seed_only = This point comes from a single unofficial guide and could not be confirmed elsewhere.
confidence-notice-unverified = This rule could not be confirmed in any source: treat the result with care and confirm it with Social Security.

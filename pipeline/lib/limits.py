"""How large an input may be: the limits that keep a hostile or broken file from taking the
build's memory or minutes. Each is stated in docs/coding-guide.md ("Files the build reads, and
limits on inputs"); a test checks that the guide gives these values."""

# An article's raw text (article.txt). The seed article is 6 KB; a long news article 100 KB.
MAX_ARTICLE_BYTES = 2_000_000
# One YAML file (metadata, coding, registry). The seed's coding is 17 KB.
MAX_YAML_BYTES = 4_000_000
# Nesting of YAML collections (mappings and lists): a coding needs 4 levels.
MAX_YAML_DEPTH = 16
# YAML aliases (*name) in one file: none of the project's files needs one; a few are allowed.
MAX_YAML_ALIASES = 50
# Values in one YAML file when every alias is expanded: an "alias bomb" (aliases of aliases,
# a few lines that stand for millions of values) is refused before anything is built from it.
MAX_YAML_VALUES = 1_000_000
# Items in one YAML list or mapping: events, statements, actors, aliases ...
MAX_RECORDS = 10_000
# Article folders under data/raw/documents/ (the benchmark builds 10,000).
MAX_DOCUMENTS = 100_000

"""The pipeline that turns raw articles and their human coding into the published tables.

Stages, each a module run as ``python -m pipeline.<stage>`` by the Makefile:
normalize -> code -> package -> validate -> publish.
"""

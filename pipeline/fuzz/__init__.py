"""The fuzzer (`make fuzz`): Hypothesis mutates the real inputs and checks the error contract.

mutations.py draws the changes, harness.py runs the stages in-process on a copy of the
project and judges each example, run.py drives batches and writes reports/fuzz.md.
Maintainers only: no build stage imports this package.
"""

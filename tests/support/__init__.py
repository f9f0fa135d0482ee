"""Test and benchmark support shipped with the package: sample portraits and controlled degradations.

Kept inside the package (like `numpy.testing`) so tests, benchmarks and field diagnostics share one copy.
"""

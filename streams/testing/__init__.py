"""Public helpers for testing and evaluating newsstream: corpus rendering and scoring."""

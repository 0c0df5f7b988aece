"""The stream runtime: Faust wiring, Kafka clients, the embedded broker. Nothing here parses."""

"""The state of a pair of states over time, derived from stored events: the timeline's rules and the
questions asked of them."""

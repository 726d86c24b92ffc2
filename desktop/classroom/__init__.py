"""The teacher's tools: own data, sessions, exports, the run report, profiles."""

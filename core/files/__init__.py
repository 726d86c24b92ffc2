"""Files kept by teachers and students: sessions, profiles, exports, safe reads."""

"""The lesson views: key insight, Compare depths, boundary, guided lesson, quiz."""

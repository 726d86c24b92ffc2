"""The quiz: the question bank, questions written from the run, one sitting."""

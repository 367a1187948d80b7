"""Hypothesis strategies for the text a report reader may be given."""

from hypothesis import strategies as st

# lines of Vietnamese-like text with the characters tables, wraps and lists are made of (tabs, bars, stops, dashes)
LINES = st.lists(
    st.text(alphabet=st.sampled_from(list("abcđơư ĐÁ.,:;-–1234567890%\t|")), max_size=120), min_size=0, max_size=30
)

"""A sentence broken by a page break is read whole on the page where it starts (invented text)."""

from __future__ import annotations

from bouncebot.reading.pages import rejoin_pages

PAGE_1 = ("Example Hospitals NHS Trust\nDepartment of Neurology\n\nDear Dr Smith\n\n"
          "Finally, I should be most grateful if you would be good enough to")
PAGE_2 = ("Example Hospitals NHS Trust | Ann Test - NHS No 999 000 0018\nDepartment of Neurology | Page 2 of 2\n"
          "arrange an MRI of his brain in approximately 3/12, so that I may\ncompare it with the March scan. "
          "I shall then write to you.\n\nYours sincerely")


def test_the_rest_of_a_broken_sentence_moves_up_past_the_running_header() -> None:
    one, two = rejoin_pages([PAGE_1, PAGE_2])
    assert one.endswith("good enough to\narrange an MRI of his brain in approximately 3/12, so that I may\n"
                        "compare it with the March scan.")
    assert two.startswith("Example Hospitals NHS Trust | Ann Test - NHS No 999 000 0018\n"
                          "Department of Neurology | Page 2 of 2\nI shall then write to you.")


def test_pages_that_end_a_sentence_or_start_a_new_one_are_left_alone() -> None:
    finished = PAGE_1 + " arrange it."
    assert rejoin_pages([finished, PAGE_2]) == [finished, PAGE_2]
    capital = PAGE_2.replace("arrange an MRI", "Arrange an MRI")
    assert rejoin_pages([PAGE_1, capital]) == [PAGE_1, capital]


def test_a_footer_repeated_on_every_page_is_not_the_sentence_end() -> None:
    footer = "\nExample Hospitals NHS Trust, Hill Road, Exampleton - Page 1 of 3"
    pages = [PAGE_1 + footer, "Example Hospitals NHS Trust\nplease repeat her U&Es in 2/52.\nMore text." + footer.replace(
        "1 of 3", "2 of 3"), "Last page." + footer.replace("1 of 3", "3 of 3")]
    one, two, _ = rejoin_pages(pages)
    assert "good enough to\nplease repeat her U&Es in 2/52.\nExample Hospitals NHS Trust, Hill Road" in one
    assert two.startswith("Example Hospitals NHS Trust\nMore text.")

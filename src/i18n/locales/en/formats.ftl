# How English writes numbers, amounts, dates and percentages, and the language's own name.
language-name = English
# "no" while a legal translator has not reviewed the translation (the footer says so).
# Shown in the footer (and the widget's bar) of a language not yet reviewed.
language-unreviewed-note = This translation has not yet been reviewed by a legal translator.
language-reviewed = yes
format-decimal-separator = .
format-group-separator = ,
format-money = €{ $number }
format-percent = { $number }%
format-date = { $day } { $monthname } { $yyyy }
format-month = { $monthname } { $yyyy }
format-month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}

# How Ukrainian writes numbers, amounts, dates and percentages, and the language's own name.
language-name = Українська
# "no" while a legal translator has not reviewed the translation (the footer says so).
# Shown in the footer (and the widget's bar) of a language not yet reviewed.
language-unreviewed-note = Цей переклад ще не перевірив юридичний перекладач.
language-reviewed = no
format-decimal-separator = ,
format-group-separator = {" "}
format-money = { $number } €
format-percent = { $number } %
format-date = { $dd }.{ $mm }.{ $yyyy }
# Month names are in the nominative ("березень 2025 р."): a message that shows a month should
# put it where the nominative fits (a label, or after a colon), not after a preposition ("з …").
format-month = { $monthname } { $yyyy } р.
format-month-name = { $month ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
}

# How Portuguese writes numbers, amounts, dates and percentages, and the language's own name.
language-name = Português
# "no" while a legal translator has not reviewed the translation (the footer says so).
# Shown in the footer (and the widget's bar) of a language not yet reviewed.
language-unreviewed-note = Esta tradução ainda não foi revista por um tradutor jurídico.
language-reviewed = yes
format-decimal-separator = ,
format-group-separator = {" "}
format-money = { $number } €
format-percent = { $number } %
format-date = { $dd }/{ $mm }/{ $yyyy }
format-month = { $monthname } de { $yyyy }
format-month-name = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}

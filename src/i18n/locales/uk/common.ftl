# Words shared by the engines (en).

## How sure a rule or a value is: the notice shown next to anything not read in the official text.
confidence-notice-secondary = Це правило не вдалося звірити з офіційним текстом: воно спирається на вторинні джерела, які його цитують.
confidence-notice-derived = Це значення розраховано з інших опублікованих значень, і його не вдалося звірити з офіційною таблицею.
confidence-notice-seed_only = Ці відомості взято з одного неофіційного довідника, і їх не вдалося підтвердити в інших джерелах.
confidence-notice-unverified = Це правило не вдалося підтвердити в жодному джерелі: ставтеся до результату обережно й уточніть його в Segurança Social.

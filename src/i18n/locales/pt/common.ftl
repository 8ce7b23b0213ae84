# Words shared by the engines (pt).

## How sure a rule or a value is: the notice shown next to anything not read in the official text.
confidence-notice-secondary = Esta regra não pôde ser confirmada no texto oficial: baseia-se em fontes secundárias que o citam.
confidence-notice-derived = Este valor foi calculado a partir de outros valores publicados e não pôde ser confirmado numa tabela oficial.
confidence-notice-seed_only = Esta indicação vem de um único guia não oficial e não pôde ser confirmada noutra fonte.
confidence-notice-unverified = Esta regra não pôde ser confirmada em nenhuma fonte: trate o resultado com cautela e confirme-o na Segurança Social.

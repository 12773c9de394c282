def deal(deck, hands):
    hand = []
    for card in deck:
        hand.append(card)
        if len(hand) == 3:
            yield hand
            hand = []
            hands -= 1
            if hands == 0:
                return


deck = [str(r) + s for s in "SH" for r in range(2, 8)]
print("deck:", deck)
dealer = deal(deck, 3)
for player in ["ann", "ben", "cid"]:
    hand = next(dealer)
    print(player, "gets", hand, "worth", sum(int(c[:-1]) for c in hand))
print("leftover check:", next(dealer, ["none"]))
print("dealing to a fourth player...")
extra = next(dealer)
print("never printed", extra)

// Traditional English nursery rhymes (public domain: all are centuries old, authors unknown),
// written out for this project in their common wording. See RHYMES-LICENSE.md beside this file.

export const RHYMES = `Twinkle, twinkle, little star,
How I wonder what you are.
Up above the world so high,
Like a diamond in the sky.
Twinkle, twinkle, little star,
How I wonder what you are.

Mary had a little lamb,
Its fleece was white as snow,
And everywhere that Mary went,
The lamb was sure to go.
It followed her to school one day,
Which was against the rule.
It made the children laugh and play
To see a lamb at school.

Humpty Dumpty sat on a wall,
Humpty Dumpty had a great fall.
All the king's horses and all the king's men
Couldn't put Humpty together again.

Jack and Jill went up the hill
To fetch a pail of water.
Jack fell down and broke his crown,
And Jill came tumbling after.

Hey diddle diddle,
The cat and the fiddle,
The cow jumped over the moon.
The little dog laughed
To see such sport,
And the dish ran away with the spoon.

Little Bo Peep has lost her sheep,
And doesn't know where to find them.
Leave them alone, and they'll come home,
Wagging their tails behind them.

Baa, baa, black sheep,
Have you any wool?
Yes sir, yes sir,
Three bags full.
One for the master,
One for the dame,
And one for the little boy
Who lives down the lane.

Hickory, dickory, dock,
The mouse ran up the clock.
The clock struck one,
The mouse ran down,
Hickory, dickory, dock.

Little Miss Muffet
Sat on a tuffet,
Eating her curds and whey.
Along came a spider,
Who sat down beside her
And frightened Miss Muffet away.

Old King Cole was a merry old soul,
And a merry old soul was he.
He called for his pipe, and he called for his bowl,
And he called for his fiddlers three.

Row, row, row your boat,
Gently down the stream.
Merrily, merrily, merrily, merrily,
Life is but a dream.

Sing a song of sixpence,
A pocket full of rye.
Four and twenty blackbirds
Baked in a pie.
When the pie was opened,
The birds began to sing.
Wasn't that a dainty dish
To set before the king?

Little Boy Blue, come blow your horn,
The sheep's in the meadow, the cow's in the corn.
Where is the boy who looks after the sheep?
He's under a haystack, fast asleep.

Pat-a-cake, pat-a-cake, baker's man,
Bake me a cake as fast as you can.
Pat it and prick it and mark it with B,
And put it in the oven for baby and me.

Rain, rain, go away,
Come again another day.
Little Johnny wants to play.
Rain, rain, go away.
`;

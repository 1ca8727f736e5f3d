import re,glob,sys
for p in glob.glob('src/*.md'):
    s=open(p).read()
    s=re.sub(r"\b(almost|about|nearly|around|roughly|some|more than|less than|at least|up to|approximately|Almost|About|Nearly|Some|More than|Up to) \[\[(D|Q)\|", r"[[\2|\1 ", s)
    open(p,'w').write(s)

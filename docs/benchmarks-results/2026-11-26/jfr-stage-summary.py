import sys, re, collections
txt=open(sys.argv[1]).read()
events=txt.split("jdk.ExecutionSample {")[1:]
n=0; inner=collections.Counter(); stage=collections.Counter(); top=collections.Counter()
for e in events:
    m=re.search(r'sampledThread = "([^"]*)"',e)
    if not m or 'worker' not in m.group(1): continue
    frames=[l.strip() for l in e.split("stackTrace = [")[1].split("]")[0].strip().split("\n")]
    frames=[re.sub(r'\(.*','',f) for f in frames if f and f!='...']
    n+=1
    top[frames[0]]+=1
    # stage: outermost recognisable recto stage
    joined=" ".join(frames)
    if 'dev.recto.extraction' in joined or 'dev.recto.templates' in joined:
        # which extraction class is nearest the top
        for f in frames:
            if f.startswith('dev.recto.extraction') or f.startswith('dev.recto.templates'):
                cls='.'.join(f.split('.')[:-1]); break
        # outermost extraction frame for subsystem
        outer=[f for f in frames if f.startswith('dev.recto.extraction')]
        stage['extraction: '+ '.'.join(outer[-2].split('.')[:-1]) if len(outer)>1 else 'extraction']+=1
    elif 'calibrat' in joined.lower():
        stage['calibration']+=1
    elif 'TextLayerReader' in joined:
        stage['text layer (TextLayerReader, PDFBox)']+=1
    elif 'PdfLoader' in joined or 'Loader.loadPDF' in joined:
        stage['PDF loading']+=1
    elif 'dev.recto.core' in joined:
        for f in frames:
            if f.startswith('dev.recto.core'):
                stage['core: '+'.'.join(f.split('.')[:-1])]+=1; break
    else:
        stage['other: '+frames[-1]]+=1
print("worker samples",n)
for k,v in stage.most_common(25): print(f"{100*v/n:5.1f}% {k}")
print("--- top frames (self)")
for k,v in top.most_common(15): print(f"{100*v/n:5.1f}% {k}")

# Issue 16: reads/s on GET /api/ties while 0 or 2 writers POST articles (docs/reliability.md). Usage: python3 reads-under-writes.py PORT SECONDS
import http.client, threading, time, sys
port=int(sys.argv[1]); dur=float(sys.argv[2])
def reader(stop, counts, i):
    c=http.client.HTTPConnection("127.0.0.1",port,timeout=30); n=0
    while not stop.is_set():
        c.request("GET","/api/ties/Iran?limit=10"); r=c.getresponse(); r.read(); n+= r.status==200
    counts[i]=n
def writer(stop, counts, i):
    c=http.client.HTTPConnection("127.0.0.1",port,timeout=60); n=0
    while not stop.is_set():
        body=f"date 2025-0{1+n%9}-1{n%9} Russia pledged support to Iran in the fictional town of W{i}x{n}x{time.time_ns()}. " * 40
        c.request("POST","/api/documents",body.encode(),{"Content-Type":"text/markdown"}); r=c.getresponse(); r.read(); n+= r.status in (200,201)
    counts[i]=n
def run(readers, writers):
    stop=threading.Event(); rc=[0]*readers; wc=[0]*writers
    ts=[threading.Thread(target=reader,args=(stop,rc,i)) for i in range(readers)]+[threading.Thread(target=writer,args=(stop,wc,i)) for i in range(writers)]
    [t.start() for t in ts]; time.sleep(dur); stop.set(); [t.join() for t in ts]
    return sum(rc)/dur, sum(wc)/dur
run(8,0)
a=run(8,0); b=run(8,2); c=run(8,0)
print(f"reads/s unloaded {a[0]:.0f}; with 2 writers {b[0]:.0f} (writes/s {b[1]:.1f}); unloaded again {c[0]:.0f}; ratio {a[0]/max(b[0],1):.2f}x")

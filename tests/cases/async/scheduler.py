# Round-robin scheduler: tasks yield Sleep/Spawn/Join requests to the loop.
class Sleep:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        yield self


class Spawn:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return (yield self)


class Join:
    def __init__(self, tid):
        self.tid = tid

    def __await__(self):
        return (yield self)


def loop(main):
    tasks = {0: main}
    ready = [(0, None)]
    results = {}
    waiting = {}
    next_id = 1
    tick = 0
    while ready:
        tid, value = ready.pop(0)
        tick += 1
        try:
            req = tasks[tid].send(value)
        except StopIteration as e:
            results[tid] = e.value
            for w in waiting.pop(tid, []):
                ready.append((w, e.value))
            continue
        if isinstance(req, Spawn):
            tasks[next_id] = req.coro
            ready.append((next_id, None))
            ready.append((tid, next_id))
            next_id += 1
        elif isinstance(req, Join):
            if req.tid in results:
                ready.append((tid, results[req.tid]))
            else:
                waiting.setdefault(req.tid, []).append(tid)
        elif isinstance(req, Sleep):
            ready.append((tid, None))
    return results, tick


async def child(name, n):
    for i in range(n):
        print(name, i)
        await Sleep(0)
    return name * n


async def main():
    a = await Spawn(child("a", 3))
    b = await Spawn(child("b", 2))
    rb = await Join(b)
    ra = await Join(a)
    return ra + rb


print(loop(main()))

import asyncio
async def main():
    async with lock as l, other() as (a, b):
        pass
    async for item in stream():
        await asyncio.sleep(0)
    result = [await f() async for f in gen()]
    await (await x)
    return await asyncio.gather(*tasks)
async def agen():
    yield 1
    await asyncio.sleep(0)
class A:
    async def method(self):
        async with self:
            return [i async for i in self]

// Node 20 lacks Object.groupBy / Map.groupBy (Node >= 21); chevrotain 13 under langium 4.4 calls them
// while building the parser. Loaded first by the generator step, the CLI, the server and the tests.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, keyOf) => {
        const groups = Object.create(null);
        let i = 0;
        for (const item of items) (groups[keyOf(item, i++)] ??= []).push(item);
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, keyOf) => {
        const groups = new Map();
        let i = 0;
        for (const item of items) {
            const key = keyOf(item, i++);
            if (!groups.has(key)) groups.set(key, []);
            groups.get(key).push(item);
        }
        return groups;
    };
}

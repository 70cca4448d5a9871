class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.keys = []    # least recently used first
        self.values = []

    def find(self, key):
        # A linear scan on every call: O(capacity) per operation.
        for i in range(len(self.keys)):
            if self.keys[i] == key:
                return i
        return -1

    def get(self, key: int) -> int:
        i = self.find(key)
        if i < 0:
            return -1
        value = self.values[i]
        del self.keys[i], self.values[i]
        self.keys.append(key)
        self.values.append(value)
        return value

    def put(self, key: int, value: int) -> None:
        i = self.find(key)
        if i >= 0:
            del self.keys[i], self.values[i]
        elif len(self.keys) == self.capacity:
            del self.keys[0], self.values[0]
        self.keys.append(key)
        self.values.append(value)

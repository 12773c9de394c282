# Richards: Martin Richards' operating-system simulation benchmark. A
# scheduler runs an idle task, a worker, two handlers and two devices that
# pass packets to each other; the counts at the end check the run.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, packet_pending, waiting, held):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = packet_pending
        self.waiting = waiting
        self.held = held
        self.link = scheduler.tasks
        scheduler.tasks = self

    def is_held_or_waiting(self):
        return self.held or (not self.packet_pending and self.waiting)

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet

    def run(self, packet):
        raise NotImplementedError("run")


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None, False, False, False)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = self.control // 2 ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True, True, False)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for index in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[index] = self.count
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, True, True, False)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            if work.datum < BUFFER_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[work.datum]
                    work.datum += 1
                    return self.scheduler.queue_packet(device)
            else:
                self.work_queue = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, False, True, False)
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait_current()
            self.pending = None
            return self.scheduler.queue_packet(pending)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.current_ident = 0
        self.queue_count = 0
        self.hold_count = 0

    def register(self, task):
        self.table[task.ident] = task

    def find(self, ident):
        task = self.table[ident]
        if task is None:
            raise RuntimeError(f"no task {ident}")
        return task

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.find(ident)
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        task = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_ident
        return task.add_packet(packet, self.current)

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            task = self.current
            if task.is_held_or_waiting():
                self.current = task.link
            else:
                self.current_ident = task.ident
                packet = None
                if task.packet_pending:
                    packet = task.take_packet()
                    task.waiting = False
                self.current = task.run(packet)


def run_once(idle_count):
    scheduler = Scheduler()
    scheduler.register(IdleTask(scheduler, IDLE, 0, idle_count))
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    scheduler.register(WorkerTask(scheduler, WORKER, 1000, work))
    for ident, priority in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        device_ident = DEVICE_A if ident == HANDLER_A else DEVICE_B
        work = Packet(None, device_ident, KIND_DEVICE)
        work = Packet(work, device_ident, KIND_DEVICE)
        work = Packet(work, device_ident, KIND_DEVICE)
        scheduler.register(HandlerTask(scheduler, ident, priority, work))
    scheduler.register(DeviceTask(scheduler, DEVICE_A, 4000))
    scheduler.register(DeviceTask(scheduler, DEVICE_B, 5000))
    scheduler.schedule()
    return scheduler.queue_count, scheduler.hold_count


def main(iterations):
    for _ in range(iterations):
        queued, held = run_once(10000)
    print(f"queued {queued} held {held}")


main(100)

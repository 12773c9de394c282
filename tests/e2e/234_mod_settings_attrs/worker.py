import settings
import logger


def process(values):
    logger.log(0, f"processing {len(values)} values")
    big = [v for v in values if v > settings.THRESHOLD]
    for v in big:
        logger.log(2, f"value {v} above {settings.THRESHOLD}")
    logger.log(1, f"sum={sum(values)} big={len(big)}")
    print("processed", values, "level", settings.LEVEL, "big", big)

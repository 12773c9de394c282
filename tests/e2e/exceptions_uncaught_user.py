class ConfigError(Exception):
    pass


def get_setting(settings: dict[str, str], key: str) -> str:
    if key not in settings:
        raise ConfigError(f"missing required setting: {key}")
    return settings[key]


settings = {"host": "localhost", "user": "admin"}
for k in ["host", "user"]:
    print(f"{k} = {get_setting(settings, k)}")
try:
    get_setting(settings, "timeout")
except ConfigError as e:
    print(f"recovered: {e}")
print("loading port")
port = get_setting(settings, "port")
print(f"port = {port}")

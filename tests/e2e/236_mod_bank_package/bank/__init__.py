print("bank package init")
from . import accounts
from .accounts import open_account, deposit
from .transfers import transfer

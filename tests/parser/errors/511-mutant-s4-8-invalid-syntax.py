If there are any, enter a module { to get more help.


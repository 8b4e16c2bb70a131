print("Hello from Typhon!")

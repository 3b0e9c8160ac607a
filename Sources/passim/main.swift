import PassimCore
print("passim")

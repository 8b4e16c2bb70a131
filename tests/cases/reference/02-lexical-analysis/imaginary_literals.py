print(3.14j, 10.j, 10j, .001j, 1e100j, 3.14e-10j, 3.14_15_93j, 0J)
print(type(1j), (1j).real, (1j).imag)
print(1 + 2j, 1j * 1j, 1j ** 2)
print(-0j, 0j, complex(-0.0, -0.0))
x = 5
print(x.real, 5 .imag)

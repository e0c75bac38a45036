print("stakemap")
